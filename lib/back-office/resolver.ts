import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { BackOfficeRecord } from '../../adapters/kit';
import { PersonalDataAccess, requireRole } from '../auth/policies';
import { badUserInput } from '../errors';
import { isIsoDate } from '../scalars';
import { BackOfficeDesk } from './desk';
import { DispatchedCaseInput, DispatchReceipt } from './dispatch';
import { LegacyCaseRecord, toLegacyCaseRecord } from './record';

/** What a department subgraph's context must offer for the back office. */
export interface BackOfficeContext extends PersonalDataAccess {
  backOffice: BackOfficeDesk;
}

/** `FORESTRY_HARVEST` → `forestry-harvest`: the system as the audit log names it. */
const auditedSystem = (system: string) => system.toLowerCase().replace(/_/g, '-');

/** References per status request: the batch the dispatcher sends and every system accepts. */
export const MAX_REFERENCES = 50;

/**
 * The service-to-service back office every department subgraph serves, for the cases dispatcher
 * only (`@inaccessible`: the gateway never exposes it). Shareable because each department
 * subgraph declares the same fields; each answers for its own systems.
 */
@Resolver()
export class BackOfficeResolver {
  @Directive('@shareable')
  @Directive('@inaccessible')
  @Mutation(() => DispatchReceipt, {
    description:
      'Submit a dispatched case to the deciding system under its case number. Idempotent: a case the system already holds is not submitted again (duplicate: true).',
  })
  async receiveDispatchedCase(
    @Arg('input', () => DispatchedCaseInput, { description: 'The case as the cases service dispatches it.' })
    input: DispatchedCaseInput,
    @Ctx() { backOffice, identity, audit }: BackOfficeContext,
  ): Promise<DispatchReceipt> {
    requireRole(identity, ['SYSTEM'], 'the back office');
    const system = backOffice.system(input.system, 'input.system');
    if (input.dueDate && !isIsoDate(input.dueDate)) throw badUserInput('input.dueDate', 'dueDate is yyyy-MM-dd');
    const receipt = await system.submitCase({
      reference: input.caseNumber,
      itemCode: input.itemCode,
      itemName: input.itemName,
      applicant: { type: input.applicant.type, name: input.applicant.name, idNumber: input.applicant.idNumber },
      acceptedAt: input.acceptedAt,
      dueDate: input.dueDate ?? null,
      materials: input.materials,
    });
    // the applicant's data now sits in the department's system too
    const applicant = {
      type: input.applicant.type === 'PERSON' ? 'Person' : 'Enterprise',
      key: input.applicant.idNumber,
    } as const;
    audit.wrote(applicant, ['receiveDispatchedCase'], auditedSystem(input.system));
    return { caseNumber: receipt.reference, recordNumber: receipt.recordNumber, duplicate: receipt.duplicate };
  }

  @Directive('@shareable')
  @Directive('@inaccessible')
  @Query(() => [LegacyCaseRecord], {
    description:
      'The deciding system’s records of these cases, for the dispatcher’s status poll; cases the system does not hold are left out.',
  })
  async backOfficeRecords(
    @Arg('system', () => String, { description: 'The deciding system, as the catalogue names it.' }) system: string,
    @Arg('caseNumbers', () => [String], { description: `At most ${MAX_REFERENCES} case numbers.` })
    caseNumbers: string[],
    @Ctx() { backOffice, identity }: BackOfficeContext,
  ): Promise<LegacyCaseRecord[]> {
    requireRole(identity, ['SYSTEM'], 'the back office');
    if (caseNumbers.length > MAX_REFERENCES)
      throw badUserInput('caseNumbers', `At most ${MAX_REFERENCES} case numbers per request`);
    const { records } = backOffice.system(system, 'system');
    const found = await records.loadMany(caseNumbers);
    const failure = found.find((record) => record instanceof Error);
    if (failure) throw failure;
    return (found as (BackOfficeRecord | null)[])
      .filter((record): record is BackOfficeRecord => record !== null)
      .map(toLegacyCaseRecord);
  }
}
