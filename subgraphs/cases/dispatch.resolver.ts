import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireRole, SUPERVISION } from '../../lib/auth/policies';
import { CasesContext } from './context';
import { Case, DispatchEntry } from './entities';
import { DispatchFilter } from './inputs/back-office.input';
import { listDispatchEntries } from './services/dispatch-queries';
import { Department } from './types/department';

/** The outbox as supervisors see it: every dispatch, and those that keep failing. */
@Resolver(() => DispatchEntry)
export class DispatchResolver {
  @Query(() => [DispatchEntry], {
    description: 'Dispatch entries matching the filter, oldest first (at most 500).',
  })
  dispatchEntries(
    @Arg('filter', () => DispatchFilter, { nullable: true, description: 'Which entries; all when omitted.' })
    filter: DispatchFilter | undefined,
    @Ctx() { em, identity }: CasesContext,
  ) {
    requireRole(identity, SUPERVISION, 'dispatchEntries');
    return listDispatchEntries(em, filter ?? {});
  }

  @Query(() => [DispatchEntry], {
    description:
      'Dispatches that failed so often they are flagged stuck (still retried at the longest interval), oldest first.',
  })
  stuckDispatches(@Ctx() { em, identity }: CasesContext) {
    requireRole(identity, SUPERVISION, 'stuckDispatches');
    return listDispatchEntries(em, { stuck: true });
  }

  @FieldResolver(() => Case, { description: 'The case dispatched.' })
  async case(@Root() entry: DispatchEntry, @Ctx() { loaders, access }: CasesContext) {
    return access.read(await loaders.caseByNumber.load(entry.case.caseNumber));
  }

  @FieldResolver(() => Department, { description: 'The deciding department it goes to.' })
  department(@Root() entry: DispatchEntry): Department {
    return { code: entry.departmentCode };
  }
}
