import { Entity, ManyToOne, PrimaryKey, Property, Rel } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import type { Case } from './case';

/** A material the window received for a case; a re-supplied material is a new row, not an edit. */
@ObjectType({ description: 'A material received for a case, as listed by the pinned item version.' })
@Entity({ tableName: 'case_materials' })
export class CaseMaterial {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Field({ description: 'The material’s stable code in the item version.' })
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field({ description: 'The material’s name in the item version.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was received.' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;
}
