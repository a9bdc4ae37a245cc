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
    description:
      'A person by resident ID number (checksum validated); other subgraphs add their records. Null with FORBIDDEN unless the caller is the person or handles one of their cases.',
  })
  async person(
    @Arg('idNumber', () => String, { description: 'The 18-character resident ID number.' }) idNumber: string,
    @Ctx() { access }: CasesContext,
  ): Promise<Person> {
    const person = { idNumber: assertResidentId(idNumber, 'idNumber') };
    await access.assertMayReadSubject({ type: 'Person', key: person.idNumber });
    return person;
  }

  @FieldResolver(() => [Case], {
    description: 'The person’s applications the caller may see (a clerk: those at their window), in case-number order.',
  })
  async cases(
    @Root() person: Person,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status: CaseStatus | undefined,
    @Ctx() { loaders, access }: CasesContext,
  ): Promise<Case[]> {
    const cases = await loaders.casesByIdNumber.load(person.idNumber);
    return access.readable(status ? cases.filter((kase) => kase.status === status) : cases);
  }
}
