import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CasesContext } from './context';
import { countCases } from './services/case-queries';
import { CaseConnection } from './types/case-connection';

/** The total of a page of cases: counted only when a client asks for it, since it reads every match. */
@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: CaseConnection, @Ctx() { em }: CasesContext): Promise<number> {
    return countCases(em, connection.where);
  }
}
