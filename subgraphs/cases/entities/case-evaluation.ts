import { Entity, Enum, OneToOne, PrimaryKey, Property, Rel } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { EvaluationLevel } from '../enums';
import type { Case } from './case';

/** 好差评: the applicant's one evaluation of a delivered case. Written once, never edited. */
@ObjectType({ description: 'The applicant’s evaluation of a delivered case (好差评).' })
@Entity({ tableName: 'case_evaluations' })
export class CaseEvaluation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne({ entity: 'Case', fieldName: 'case_number', owner: true, unique: true, deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Field(() => EvaluationLevel, { description: 'One of the five levels.' })
  @Enum({ items: () => EvaluationLevel, type: 'string', length: 30 })
  level!: EvaluationLevel;

  @Field(() => String, { nullable: true, description: 'What the applicant wrote.' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it was given.' })
  @Property({ type: 'datetime' })
  evaluatedAt!: Date;

  @Field({ description: 'True for a bad review (不满意, 非常不满意): the hall calls the applicant back.' })
  @Property({ type: 'boolean' })
  needsCallBack!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For a bad review: the day by which it must be put right (15 working days).',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  callBackDue: string | null = null;
}
