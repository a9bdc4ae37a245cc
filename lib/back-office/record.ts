import { Directive, Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BackOfficeRecord } from '../../adapters/kit';
import { DateScalar } from '../scalars';

/** The standard statuses every legacy system's own codes are mapped to. */
export enum BackOfficeStatus {
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  MATERIALS_REQUESTED = 'MATERIALS_REQUESTED',
}

registerEnumType(BackOfficeStatus, {
  name: 'BackOfficeStatus',
  description: 'Where a department’s own system says a dispatched case stands, in the hub’s words.',
  valuesConfig: {
    IN_REVIEW: { description: 'Registered and being reviewed (已受理, 审核中).' },
    APPROVED: { description: 'Approved; the result number names the certificate or approval.' },
    DENIED: { description: 'Denied, with the reason.' },
    MATERIALS_REQUESTED: { description: 'The reviewer asks for more materials (补正), listed with reasons.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'A material a department’s reviewer asks for, and why.' })
export class RequestedMaterial {
  @Field({ description: 'The material’s code in the case’s item version (M01…).' })
  code!: string;

  @Field({ description: 'Why it is needed.' })
  reason!: string;
}

/**
 * One department system's view of a dispatched case, the same shape from every subgraph (so it is
 * shareable): each department subgraph puts it on Case under a field name of its own.
 */
@Directive('@shareable')
@ObjectType({ description: 'A department’s own system’s record of a case the hub dispatched to it.' })
export class LegacyCaseRecord {
  @Field({ description: 'The legacy system holding it, e.g. forestry-harvest, pensions.' })
  system!: string;

  @Field({ description: 'The hub’s case number, which the system keeps as its external reference.' })
  caseNumber!: string;

  @Field({ description: 'The system’s own application number (受理编号).' })
  recordNumber!: string;

  @Field(() => BackOfficeStatus, { description: 'Where the system says the case stands, in the hub’s words.' })
  status!: BackOfficeStatus;

  @Field({ description: 'The system’s own status code and label, as it writes them (e.g. `2 准予许可`).' })
  legacyStatus!: string;

  @Field(() => String, { nullable: true, description: 'The reviewer who decided, as the system records them.' })
  reviewer!: string | null;

  @Field(() => DateScalar, { description: 'When the system registered the case.' })
  receivedOn!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the latest decision was taken.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The certificate or approval number of an approval.' })
  resultNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason of a denial or of a request for materials.' })
  reason!: string | null;

  @Field(() => [RequestedMaterial], { description: 'The materials asked for; empty unless MATERIALS_REQUESTED.' })
  missingMaterials!: RequestedMaterial[];
}

/** An adapter's standard record as the graph type (the instant as a Date, which the scalar serialises). */
export function toLegacyCaseRecord(record: BackOfficeRecord): LegacyCaseRecord {
  return {
    system: record.system,
    caseNumber: record.reference,
    recordNumber: record.recordNumber,
    status: record.status as BackOfficeStatus,
    legacyStatus: record.legacyStatus,
    reviewer: record.reviewer,
    receivedOn: record.receivedOn,
    decidedAt: record.decidedAt ? new Date(record.decidedAt) : null,
    resultNumber: record.resultNumber,
    reason: record.reason,
    missingMaterials: record.missingMaterials,
  };
}
