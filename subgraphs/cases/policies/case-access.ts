import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { hasRole, Identity } from '../../../lib/auth/identity';
import {
  assertKeyOf,
  DataSubject,
  guardRead,
  isDataSubject,
  PersonalDataAccess,
  requireIdentity,
} from '../../../lib/auth/policies';
import { forbidden } from '../../../lib/errors';
import { residentIdProblem } from '../../../lib/identity';
import { CatalogueClient, CatalogueWindow } from '../catalogue/catalogue-client';
import { Case, CaseDepartment } from '../entities';
import { CaseFilter } from '../inputs/case-filter.input';

/** Whose data a case is: its applicant. */
export function applicantOf(kase: Case): DataSubject {
  return kase.applicantIdNumber
    ? { type: 'Person', key: kase.applicantIdNumber }
    : { type: 'Enterprise', key: kase.applicantCreditCode! };
}

/** Roles that read any case: the leading group's office (supervision), hall terminals (see README), the hub. */
const READ_ANY_CASE = ['SUPERVISOR', 'TERMINAL', 'SYSTEM'] as const;

/**
 * Who may read which case, and so which applicant's data, in the cases subgraph — one request's
 * worth (it remembers the clerk's window). Every path to a case goes through it: `case`, `cases`,
 * `_entities`, `Person.cases`, `Enterprise.cases`, `DispatchEntry.case`, and each read is recorded.
 *
 * - CITIZEN: the cases they applied for (subject = resident ID or credit code).
 * - WINDOW_CLERK: cases at their window; a case at no window yet (online) when their window may
 *   accept its item (its department's own window, or a comprehensive window it is authorised to).
 * - DEPARTMENT_OFFICER: cases of their department's items, or that their department decides.
 * - SUPERVISOR, TERMINAL, SYSTEM: any case. ADMIN: none (the catalogue only).
 */
export class CaseAccess {
  private clerkWindow: Promise<CatalogueWindow | null> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly catalogue: CatalogueClient,
    private readonly access: PersonalDataAccess,
  ) {}

  get identity(): Identity | null {
    return this.access.identity;
  }

  /** Whether the caller may read this case (no recording: for filtering lists the caller may read). */
  async mayRead(kase: Case): Promise<boolean> {
    const identity = this.identity;
    if (!identity) return false;
    if (hasRole(identity, ...READ_ANY_CASE)) return true;
    if (isDataSubject(identity, applicantOf(kase))) return true;
    if (hasRole(identity, 'DEPARTMENT_OFFICER') && identity.departmentCode) {
      if (kase.departmentCode === identity.departmentCode) return true;
      return (await this.em.count(CaseDepartment, { case: kase, departmentCode: identity.departmentCode })) > 0;
    }
    if (hasRole(identity, 'WINDOW_CLERK') && identity.windowCode) {
      if (kase.windowCode) return kase.windowCode === identity.windowCode;
      return this.windowMayAccept(kase);
    }
    return false;
  }

  /** The case when the caller may read it (recorded as a read), else FORBIDDEN (recorded as refused). */
  async read(kase: Case | null): Promise<Case | null> {
    if (!kase) {
      requireIdentity(this.identity);
      return null;
    }
    await guardRead(this.access, applicantOf(kase), [`cases/${kase.caseNumber}`], null, async () => {
      requireIdentity(this.identity);
      if (!(await this.mayRead(kase))) {
        throw forbidden(`You may not read case ${kase.caseNumber}`, 'NOT_YOUR_CASE', { caseNumber: kase.caseNumber });
      }
    });
    return kase;
  }

  /** The cases of a list the caller may read, each read recorded: a person's cases as a clerk sees them. */
  async readable(cases: Case[]): Promise<Case[]> {
    const visible: Case[] = [];
    for (const kase of cases) if (await this.mayRead(kase)) visible.push(kase);
    return this.recorded(visible);
  }

  /** Records the reads of cases a query already limited to what the caller may see. */
  recorded<T extends Case[]>(cases: T): T {
    for (const kase of cases) this.access.audit.read(applicantOf(kase), [`cases/${kase.caseNumber}`]);
    return cases;
  }

  /** Records that a mutation changed the case (its applicant's data). */
  wrote(kase: Case): Case {
    this.access.audit.wrote(applicantOf(kase), [`cases/${kase.caseNumber}`]);
    return kase;
  }

  /**
   * A person or an enterprise as an entity of this subgraph (root field or `_entities`): the
   * subject themself, roles that read any case, or a clerk or officer who handles one of their
   * cases. Otherwise FORBIDDEN — nothing about them, not even that they have cases.
   */
  async assertMayReadSubject(subject: DataSubject): Promise<void> {
    assertKeyOf(subject);
    await guardRead(this.access, subject, [subject.type === 'Person' ? 'person' : 'enterprise'], null, async () => {
      const identity = requireIdentity(this.identity);
      if (hasRole(identity, ...READ_ANY_CASE) || isDataSubject(identity, subject)) return;
      const where: FilterQuery<Case> =
        subject.type === 'Person' ? { applicantIdNumber: subject.key } : { applicantCreditCode: subject.key };
      const handled =
        hasRole(identity, 'WINDOW_CLERK', 'DEPARTMENT_OFFICER') &&
        (await this.em.count(Case, { $and: [where, this.scope(identity)] })) > 0;
      if (!handled) {
        throw forbidden(
          `You may not read this ${subject.type === 'Person' ? 'person' : 'enterprise'}`,
          hasRole(identity, 'CITIZEN') ? 'NOT_THE_SUBJECT' : 'NOT_HANDLED_HERE',
        );
      }
    });
  }

  /**
   * `cases(filter)` narrowed to what the caller may list: a citizen their own, a clerk their
   * window's, an officer their department's. A filter naming someone else's applicant, window or
   * department is FORBIDDEN rather than silently empty, so a probe learns nothing either way.
   */
  scopedFilter(filter: CaseFilter = {}): CaseFilter {
    const identity = requireIdentity(this.identity);
    if (hasRole(identity, 'SUPERVISOR', 'SYSTEM')) return filter;
    if (hasRole(identity, 'CITIZEN')) {
      const own = residentIdProblem(identity.subject) === null ? 'applicantIdNumber' : 'applicantCreditCode';
      const other = own === 'applicantIdNumber' ? 'applicantCreditCode' : 'applicantIdNumber';
      if (filter[other] || (filter[own] && filter[own]!.toUpperCase() !== identity.subject.toUpperCase())) {
        throw forbidden('You may list only your own cases', 'NOT_THE_SUBJECT', {
          field: `filter.${filter[other] ? other : own}`,
        });
      }
      return { ...filter, [own]: identity.subject };
    }
    if (hasRole(identity, 'WINDOW_CLERK') && identity.windowCode) {
      if (filter.windowCode && filter.windowCode !== identity.windowCode) {
        throw forbidden(`You may list only the cases of window ${identity.windowCode}`, 'OTHER_WINDOW', {
          field: 'filter.windowCode',
        });
      }
      return { ...filter, windowCode: identity.windowCode };
    }
    if (hasRole(identity, 'DEPARTMENT_OFFICER') && identity.departmentCode) {
      if (filter.departmentCode && filter.departmentCode !== identity.departmentCode) {
        throw forbidden(`You may list only the cases of ${identity.departmentCode}`, 'OTHER_DEPARTMENT', {
          field: 'filter.departmentCode',
        });
      }
      return { ...filter, departmentCode: identity.departmentCode };
    }
    if (hasRole(identity, 'TERMINAL') && (filter.applicantIdNumber || filter.applicantCreditCode)) return filter;
    throw forbidden('You may not list cases', 'ROLE');
  }

  /** The cases a clerk's window or an officer's department handles, as a query. */
  private scope(identity: Identity): FilterQuery<Case> {
    return hasRole(identity, 'WINDOW_CLERK')
      ? { windowCode: identity.windowCode ?? null }
      : {
          $or: [
            { departmentCode: identity.departmentCode ?? null },
            { departments: { departmentCode: identity.departmentCode ?? null } },
          ],
        };
  }

  /** Whether the clerk's window may accept the item of a case at no window yet. */
  private async windowMayAccept(kase: Case): Promise<boolean> {
    this.clerkWindow ??= this.catalogue.window(this.identity!.windowCode!);
    const window = await this.clerkWindow;
    if (!window) return false;
    if (window.kind === 'DEPARTMENT') return window.departmentCode === kase.departmentCode;
    return this.catalogue.isAuthorised(window.code, kase.itemCode);
  }
}
