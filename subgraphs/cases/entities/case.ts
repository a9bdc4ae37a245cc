import {
  Collection,
  Entity,
  Enum,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
} from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { ApplicantType, CaseStatus, Channel, DeliveryMethod, HandlingMode } from '../enums';
import { CaseDepartment } from './case-department';
import { CaseEvent } from './case-event';
import { CaseMaterial } from './case-material';
import { SupplementNotice } from './supplement-notice';

/**
 * One application (办件) from submission to delivery. What the case needs of its service item
 * (version, handling mode, promised time limit, departments) is pinned when it is submitted, so a
 * later catalogue change never alters a case in flight. Status changes only through the workflow,
 * each with a CaseEvent in the same transaction.
 */
@Directive('@key(fields: "caseNumber")')
@ObjectType({ description: 'An application (办件) and its way through the one-window workflow.' })
@Entity({ tableName: 'cases' })
export class Case {
  [PrimaryKeyProp]?: 'caseNumber';
  [OptionalProps]?: 'version' | 'dueDateProvisional' | 'deliveredAt' | 'deliveryMethod' | 'trackingNumber';

  @Field({ description: 'The case number: 532503 + submission day yyyyMMdd (Asia/Shanghai) + 6-digit daily sequence.' })
  @PrimaryKey({ type: 'string', length: 20 })
  caseNumber!: string;

  /** The client's key for this submission: a retry with the same key finds this case. */
  @Property({ type: 'string', length: 100, unique: true })
  idempotencyKey!: string;

  /** Hash of the normalised submission, to tell a retry from a different payload under the same key. */
  @Property({ type: 'string', length: 64 })
  payloadFingerprint!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseStatus, type: 'string', length: 20 })
  status!: CaseStatus;

  @Property({ type: 'string', length: 50 })
  itemCode!: string;

  @Field(() => Int, {
    description: 'The version of the service item the case was submitted under, pinned for its whole life.',
  })
  @Property({ type: 'integer' })
  itemVersion!: number;

  @Field({ description: 'The item’s name in the pinned version.' })
  @Property({ type: 'string', length: 200 })
  itemName!: string;

  @Field(() => HandlingMode, { description: 'Immediate or promised, as in the pinned version.' })
  @Enum({ items: () => HandlingMode, type: 'string', length: 20 })
  handlingMode!: HandlingMode;

  @Field(() => Int, {
    description: 'Promised time limit in working days, from the pinned version (0 for immediate items).',
  })
  @Property({ type: 'integer' })
  promisedTimeLimit!: number;

  /** The item's responsible department (its window); deciding departments are in `departments`. */
  @Property({ type: 'string', length: 50 })
  departmentCode!: string;

  @Field(() => ApplicantType, { description: 'Whether a person or an enterprise applies.' })
  @Enum({ items: () => ApplicantType, type: 'string', length: 20 })
  applicantType!: ApplicantType;

  @Field({ description: 'The applicant’s name (person) or registered name (enterprise).' })
  @Property({ type: 'string', length: 200 })
  applicantName!: string;

  /** Set for PERSON applicants; validated (GB 11643) and upper-cased. */
  @Property({ type: 'string', length: 18, nullable: true, index: true })
  applicantIdNumber: string | null = null;

  /** Set for ENTERPRISE applicants; validated (GB 32100) and upper-cased. */
  @Property({ type: 'string', length: 18, nullable: true, index: true })
  applicantCreditCode: string | null = null;

  @Field(() => Channel, { description: 'Where the application came in.' })
  @Enum({ items: () => Channel, type: 'string', length: 20 })
  channel!: Channel;

  @Field(() => String, {
    nullable: true,
    description: 'The window handling the case: where it was received, then where it was accepted.',
  })
  @Property({ type: 'string', length: 50, nullable: true })
  windowCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'The clerk handling the case at that window.' })
  @Property({ type: 'string', length: 100, nullable: true })
  clerk: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the application was received.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was accepted (受理); for immediate items, when it was decided.',
  })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was approved or denied.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** The Asia/Shanghai day of `decidedAt`, so supervision compares days with `dueDate` in SQL. */
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The last day of the promised time limit, counted in working days from the acceptance day (not counted).',
  })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  dueDate: string | null = null;

  @Field({
    description: 'True when the due date counts days of a year the calendar has no holiday data for (weekends only).',
  })
  @Property({ type: 'boolean' })
  dueDateProvisional: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'The reason stated with a rejection (不予受理) or a denial (不予批准).',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the result was handed over or posted.' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => DeliveryMethod, { nullable: true, description: 'Whether the result was collected or posted.' })
  @Enum({ items: () => DeliveryMethod, type: 'string', length: 20, nullable: true })
  deliveryMethod: DeliveryMethod | null = null;

  @Field(() => String, { nullable: true, description: 'The postal tracking number of a posted result.' })
  @Property({ type: 'string', length: 50, nullable: true })
  trackingNumber: string | null = null;

  /** Optimistic lock: two clerks moving the same case at once cannot both win. */
  @Property({ type: 'integer', version: true })
  version!: number;

  @OneToMany(() => CaseEvent, (event) => event.case)
  events = new Collection<CaseEvent>(this);

  @OneToMany(() => CaseMaterial, (material) => material.case)
  materials = new Collection<CaseMaterial>(this);

  @OneToMany(() => SupplementNotice, (notice) => notice.case)
  supplementNotices = new Collection<SupplementNotice>(this);

  @OneToMany(() => CaseDepartment, (department) => department.case)
  departments = new Collection<CaseDepartment>(this);
}
