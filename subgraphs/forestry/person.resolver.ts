import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { resolveRecordsOf } from '../../lib/auth/policies';
import { ForestryContext } from './context';
import { ForestryPermits } from './forestry-permits';
import { Person } from './person';
import { FORESTRY_KEEPER } from './record-keeper';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ForestryPermits, {
    description: 'The harvest permits, transport permits and forest land-use approvals the person holds.',
  })
  async forestryPermits(@Root() person: Person, @Ctx() context: ForestryContext): Promise<ForestryPermits> {
    await resolveRecordsOf(context, { type: 'Person', key: person.idNumber }, FORESTRY_KEEPER);
    return { holderId: person.idNumber };
  }
}
