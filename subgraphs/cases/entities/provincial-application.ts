import { Entity, PrimaryKeyProp, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { ProvincialApplicationState } from '../province/application-state';

/**
 * An application submitted on the provincial portal, as the hub took it in: once per application
 * number, however often the platform delivers it. Taken as a case (channel ONLINE), or refused
 * for good with the reason — recorded either way, so a supervisor sees every one.
 */
@ObjectType({ description: 'An application submitted on the provincial portal, and what the hub made of it.' })
@Entity({ tableName: 'provincial_applications' })
export class ProvincialApplication {
  [PrimaryKeyProp]?: 'applicationNumber';
  [OptionalProps]?: 'caseNumber' | 'refusalCode' | 'refusalField' | 'refusalReason';

  @Field({ description: 'The province’s application number (申请编号).' })
  @PrimaryKey({ type: 'string', length: 50 })
  applicationNumber!: string;

  @Field(() => Int, { description: 'The platform’s delivery sequence it was first taken at.' })
  @Property({ type: 'integer' })
  deliverySequence!: number;

  @Field({ description: 'The service item applied for.' })
  @Property({ type: 'string', length: 50 })
  itemCode!: string;

  @Field({ description: 'The applicant’s name.' })
  @Property({ type: 'string', length: 200 })
  applicantName!: string;

  /** As the portal sent it (it may be invalid: then the application is refused); never in the graph. */
  @Property({ type: 'string', length: 50 })
  idNumber!: string;

  @Field(() => [String], { description: 'The materials handed in on the portal, by the item’s material codes.' })
  @Property({ type: 'json' })
  materialCodes!: string[];

  @Field({ description: 'When it was submitted on the portal, as the platform writes it (yyyyMMddHHmmss).' })
  @Property({ type: 'string', length: 14 })
  submittedAt!: string;

  @Field(() => ProvincialApplicationState, { description: 'Taken as a case, or refused.' })
  @Enum({ items: () => ProvincialApplicationState, type: 'string', length: 20 })
  state!: ProvincialApplicationState;

  /** The case it became, when taken (the graph's `case`). */
  @Property({ type: 'string', length: 20, nullable: true })
  caseNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was refused: the error code (BAD_USER_INPUT…).' })
  @Property({ type: 'string', length: 30, nullable: true })
  refusalCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'The input field at fault, when one was named.' })
  @Property({ type: 'string', length: 100, nullable: true })
  refusalField: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was refused, in words.' })
  @Property({ type: 'text', nullable: true })
  refusalReason: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the hub took it in or refused it.' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;
}
