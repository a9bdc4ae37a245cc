import {
  Collection,
  Embedded,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Ref,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { ApplicantType, DecidingSystem, HandlingMode, OnlineDepth, ServiceItemType } from '../enums';
import { AdministrativeDivision } from './administrative-division';
import { Department } from './department';
import { Fee } from './fee';
import { Material } from './material';
import { ProcessStep } from './process-step';
import { Window } from './window';

/**
 * One version of a service item. A change never updates a version in place: it closes the current
 * row (validUntil) and adds the next (see services/item-versions.ts), so a case can always read the
 * guide it was accepted under.
 */
@Directive('@key(fields: "code")')
@Directive('@key(fields: "code version")')
@ObjectType({
  description:
    'A government service item (政务服务事项) in one of its versions, with every standard element of its guide.',
})
@Entity({ tableName: 'service_item' })
@Unique({ properties: ['code', 'version'] })
export class ServiceItem {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @Field(() => String, {
    description:
      'Item code: basic code (2-letter type, 5-digit main item, 3-digit sub-item) + "-" + implementing division code, e.g. XK00001000-532503.',
  })
  @Property({ type: 'string', length: 60, index: true })
  code: string;

  @Field(() => Int, { description: 'Version number, from 1; each change to the item adds one.' })
  @Property({ type: 'integer' })
  version: number;

  /**
   * Whether this is the item's latest version. Denormalised on purpose: "the current guide" is
   * the catalogue's most frequent question, and a flag keeps it a plain indexed filter.
   */
  @Property({ type: 'boolean', index: true })
  current: boolean;

  @Field(() => String, {
    description: 'Basic catalogue code shared by every implementation of the same item, e.g. XK00001000.',
  })
  @Property({ type: 'string', length: 20 })
  basicCode: string;

  @Field(() => String, { description: 'Item name in Chinese, e.g. 林木采伐许可证核发.' })
  @Property({ type: 'string', length: 200 })
  name: string;

  @Field(() => ServiceItemType, { description: 'National item type.' })
  @Enum({ items: () => ServiceItemType, type: 'string' })
  type: ServiceItemType;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @ManyToMany({
    entity: () => Department,
    pivotTable: 'service_item_deciding_department',
    joinColumn: 'service_item_id',
    inverseJoinColumn: 'department_code',
  })
  decidingDepartments = new Collection<Department>(this);

  @Field(() => HandlingMode, { description: 'Immediate (即办件) or promised (承诺件).' })
  @Enum({ items: () => HandlingMode, type: 'string' })
  handlingMode: HandlingMode;

  @Field(() => Int, { description: 'Legal time limit in working days (法定办结时限).' })
  @Property({ type: 'integer' })
  legalTimeLimit: number;

  @Field(() => Int, { description: 'Promised time limit in working days (承诺办结时限); 0 for immediate items.' })
  @Property({ type: 'integer' })
  promisedTimeLimit: number;

  @Field(() => Fee, { description: 'Fee charged, with its basis.' })
  @Embedded(() => Fee, { prefix: 'fee_' })
  fee: Fee;

  @Field(() => [ApplicantType], { description: 'Who the item serves (服务对象).' })
  @Property({ type: 'json' })
  servesApplicantTypes: ApplicantType[];

  @Field(() => String, { description: 'Acceptance conditions (受理条件), in Chinese.' })
  @Property({ type: 'text' })
  conditions: string;

  @Field(() => String, { description: 'Legal basis (设定依据), in Chinese.' })
  @Property({ type: 'text' })
  legalBasis: string;

  /** The department window that handles the item when no comprehensive window is authorised for it. */
  @ManyToOne(() => Window, { ref: true })
  departmentWindow: Ref<Window>;

  @ManyToOne(() => AdministrativeDivision, { ref: true })
  division: Ref<AdministrativeDivision>;

  @Field(() => OnlineDepth, { description: 'How far the item can be handled online.' })
  @Enum({ items: () => OnlineDepth, type: 'string' })
  onlineDepth: OnlineDepth;

  @Field(() => DecidingSystem, { description: 'The legacy system that decides the item, or NONE.' })
  @Enum({ items: () => DecidingSystem, type: 'string' })
  decidingSystem: DecidingSystem;

  @Field(() => Boolean, {
    description: "One of the pilot's ten high-volume items handled fully online on the provincial platform.",
  })
  @Property({ type: 'boolean' })
  highVolumeOnline: boolean;

  @Field(() => Int, {
    description: 'How many visits to the hall the applicant needs at most (跑动次数); 0 when fully online.',
  })
  @Property({ type: 'integer' })
  visitsRequired: number;

  @Field(() => DateScalar, { description: 'First day this version applies.' })
  @Property({ type: 'string', length: 10 })
  validFrom: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Last day this version applies; null while open-ended. A retired item's last version ends the day before retiredOn.",
  })
  @Property({ type: 'string', length: 10, nullable: true })
  validUntil?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day from which the item is retired and refuses new applications; null if never retired.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  retiredOn?: string | null;

  @Field(() => String, { description: 'What this version changed, in Chinese (版本说明).' })
  @Property({ type: 'text' })
  versionNote: string;

  @OneToMany(() => Material, (material) => material.item, { orderBy: { position: 'asc' } })
  materials = new Collection<Material>(this);

  @OneToMany(() => ProcessStep, (step) => step.item, { orderBy: { position: 'asc' } })
  process = new Collection<ProcessStep>(this);
}
