import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PensionAccountRecord } from '../../adapters/pensions';
import { readRecords } from '../../lib/auth/policies';
import { PensionsContext } from './context';
import { PENSIONS_KEEPER } from './record-keeper';
import { PensionAccount } from './types/pension-account';
import { Person } from './types/person';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PensionAccount, {
    nullable: true,
    description:
      'The person’s residents’ pension account; null when they have none, or — with an error coded LEGACY_* and ' +
      '`system: "pensions"` — when the pension system cannot answer. FORBIDDEN unless the caller is the person or of 文澜镇.',
  })
  async pension(@Root() person: Person, @Ctx() context: PensionsContext): Promise<PensionAccountRecord | null> {
    await readRecords(context, { type: 'Person', key: person.idNumber }, PENSIONS_KEEPER, 'pension');
    return context.accounts.load(person.idNumber);
  }
}
