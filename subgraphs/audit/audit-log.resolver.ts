import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../lib/errors';
import { requireRole } from '../../lib/auth/policies/roles';
import { AuditContext } from './context';
import { AuditRecord } from './entities';
import { AuditEntryInput } from './inputs/audit-entry.input';
import { AuditLogFilter } from './inputs/audit-log-filter.input';
import { appendEntries } from './services/append';
import { listAuditEntries, MAX_PAGE_SIZE } from './services/audit-log';
import { AuditEntryConnection } from './types/audit-entry-connection';

/** Batches the other subgraphs may send at once. */
const MAX_BATCH = 500;

@Resolver(() => AuditRecord)
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'Who read or wrote which person’s or enterprise’s data, when, in which request: newest first. SUPERVISOR only.',
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries; all when omitted.' })
    filter: AuditLogFilter | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | undefined,
    @Ctx() { em, identity }: AuditContext,
  ): Promise<AuditEntryConnection> {
    requireRole(identity, ['SUPERVISOR'], 'the audit log');
    return listAuditEntries(em, filter, first, after);
  }

  @Directive('@inaccessible')
  @Mutation(() => Int, {
    description:
      'Service to service (SYSTEM): appends a batch of entries to the chain; entries already stored (by id) are skipped. Returns how many were new.',
  })
  recordAuditEntries(
    @Arg('entries', () => [AuditEntryInput], { description: `At most ${MAX_BATCH} entries.` })
    entries: AuditEntryInput[],
    @Ctx() { em, identity }: AuditContext,
  ): Promise<number> {
    requireRole(identity, ['SYSTEM'], 'recordAuditEntries');
    if (entries.length > MAX_BATCH) throw badUserInput('entries', `At most ${MAX_BATCH} entries per call`);
    return appendEntries(em, entries);
  }

  @FieldResolver(() => [String], { description: 'The fields read or written, in the graph’s words.' })
  fields(@Root() record: AuditRecord): string[] {
    return record.fieldList ? record.fieldList.split(',') : [];
  }
}
