import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CasesContext } from './context';
import {
  Case,
  CaseDepartment,
  CaseEvaluation,
  CaseEvent,
  CaseMaterial,
  DispatchEntry,
  SupplementNotice,
} from './entities';
import { CaseFilter } from './inputs/case-filter.input';
import { listCases } from './services/case-queries';
import { CaseConnection } from './types/case-connection';
import { Department } from './types/department';
import { Enterprise } from './types/enterprise';
import { Person } from './types/person';
import { ServiceItem } from './types/service-item';
import { Window } from './types/window';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'The case with this number, or null.' })
  async case(
    @Arg('caseNumber', () => String, { description: 'The case number.' }) caseNumber: string,
    @Ctx() { loaders, access }: CasesContext,
  ) {
    return access.read(await loaders.caseByNumber.load(caseNumber));
  }

  @Query(() => CaseConnection, {
    description:
      'Cases matching the filter, a page at a time, in case-number order: a citizen’s own, a clerk’s window’s, an officer’s department’s (a filter naming others is FORBIDDEN); every case for supervisors.',
  })
  async cases(
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Which cases; all when omitted.' })
    filter: CaseFilter | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | undefined,
    @Ctx() { em, access }: CasesContext,
  ) {
    const page = await listCases(em, access.scopedFilter(filter), first, after);
    access.recorded(page.nodes);
    return page;
  }

  @FieldResolver(() => ServiceItem, {
    description: 'The service item, in the version the case pinned (resolved by the catalogue).',
  })
  serviceItem(@Root() kase: Case): ServiceItem {
    return { code: kase.itemCode, version: kase.itemVersion };
  }

  @FieldResolver(() => Department, { description: 'The department responsible for the item.' })
  department(@Root() kase: Case): Department {
    return { code: kase.departmentCode };
  }

  @FieldResolver(() => [Department], {
    description: 'The departments that decide the case (several approve investment items in parallel).',
  })
  async decidingDepartments(@Root() kase: Case, @Ctx() { loaders }: CasesContext): Promise<Department[]> {
    const rows = await loaders.departmentsByCase.load(kase.caseNumber);
    return rows.map((row) => ({ code: row.departmentCode }));
  }

  @FieldResolver(() => Window, {
    nullable: true,
    description: 'The window handling the case; null for an online case not yet accepted.',
  })
  window(@Root() kase: Case): Window | null {
    return kase.windowCode ? { code: kase.windowCode } : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The applicant, when a person applies.' })
  person(@Root() kase: Case): Person | null {
    return kase.applicantIdNumber ? { idNumber: kase.applicantIdNumber } : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The applicant, when an enterprise applies.' })
  enterprise(@Root() kase: Case): Enterprise | null {
    return kase.applicantCreditCode ? { creditCode: kase.applicantCreditCode } : null;
  }

  @FieldResolver(() => [CaseMaterial], { description: 'The materials received, in the order they arrived.' })
  materials(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.materialsByCase.load(kase.caseNumber);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Every transition of the case, oldest first.' })
  events(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.eventsByCase.load(kase.caseNumber);
  }

  @FieldResolver(() => [SupplementNotice], { description: 'The supplement notices issued for the case, oldest first.' })
  supplementNotices(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.noticesByCase.load(kase.caseNumber);
  }

  @FieldResolver(() => [CaseDepartment], {
    description: 'Each deciding department’s review: the system it decides on, and its decision once taken.',
  })
  reviews(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.departmentsByCase.load(kase.caseNumber);
  }

  @FieldResolver(() => [DispatchEntry], {
    description: 'The case’s dispatches to its deciding departments (written at acceptance), oldest first.',
  })
  dispatches(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.dispatchesByCase.load(kase.caseNumber);
  }

  @FieldResolver(() => CaseEvaluation, {
    nullable: true,
    description: 'The applicant’s evaluation (好差评), once given.',
  })
  evaluation(@Root() kase: Case, @Ctx() { loaders }: CasesContext) {
    return loaders.evaluationByCase.load(kase.caseNumber);
  }
}
