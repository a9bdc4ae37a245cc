import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PensionAccountRecord } from '../../adapters/pensions';
import { PensionsContext } from './context';
import { PensionAccount } from './types/pension-account';
import { Person } from './types/person';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PensionAccount, {
    nullable: true,
    description:
      'The person’s residents’ pension account; null when they have none, or — with an error coded LEGACY_* and ' +
      '`system: "pensions"` — when the pension system cannot answer.',
  })
  pension(@Root() person: Person, @Ctx() { accounts }: PensionsContext): Promise<PensionAccountRecord | null> {
    return accounts.load(person.idNumber);
  }
}
