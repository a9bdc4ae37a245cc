import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertResidentId } from '../../lib/identity';
import { CasesContext } from './context';
import { Case } from './entities';
import { CaseStatus } from './enums';
import { Person } from './types/person';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'A person by resident ID number (checksum validated); other subgraphs add their records.',
  })
  person(
    @Arg('idNumber', () => String, { description: 'The 18-character resident ID number.' }) idNumber: string,
  ): Person {
    return { idNumber: assertResidentId(idNumber, 'idNumber') };
  }

  @FieldResolver(() => [Case], { description: 'The person’s applications, in case-number order.' })
  async cases(
    @Root() person: Person,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status: CaseStatus | undefined,
    @Ctx() { loaders }: CasesContext,
  ): Promise<Case[]> {
    const cases = await loaders.casesByIdNumber.load(person.idNumber);
    return status ? cases.filter((kase) => kase.status === status) : cases;
  }
}
