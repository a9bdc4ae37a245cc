import { Entity, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { Department } from './department';
import { Window } from './window';

/**
 * A department's written authorisation (授权委托书) letting a comprehensive window accept one of
 * its items. Keyed by item code, not version: the authorisation outlives revisions of the item.
 */
@ObjectType({ description: "A department's authorisation of one of its items to a comprehensive window." })
@Entity({ tableName: 'authorisation' })
export class Authorisation {
  @Field(() => ID, { description: 'Identifier of the authorisation record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @ManyToOne(() => Window, { ref: true })
  window: Ref<Window>;

  @Field(() => String, { description: 'Code of the delegated service item.' })
  @Property({ type: 'string', length: 60, index: true })
  itemCode: string;

  @Field(() => DateScalar, { description: 'Day the authorisation took effect.' })
  @Property({ type: 'string', length: 10 })
  grantedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day the authorisation ended (the window no longer accepts the item from this day); null while in force.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  revokedOn?: string | null;
}
