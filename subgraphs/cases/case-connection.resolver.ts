import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CasesContext } from './context';
import { countCases } from './services/case-queries';
import { CaseConnection } from './types/case-connection';

/**
 * The total of a page of cases, worked out only when a client asks for it: from the maintained
 * counts for the filters they cover, else by counting the matches (see `countCases`).
 */
@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: CaseConnection, @Ctx() { em }: CasesContext): Promise<number> {
    return countCases(em, connection.filter);
  }
}
