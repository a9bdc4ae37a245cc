import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ForestryPermits } from './forestry-permits';
import { Person } from './person';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ForestryPermits, {
    description: 'The harvest permits, transport permits and forest land-use approvals the person holds.',
  })
  forestryPermits(@Root() person: Person): ForestryPermits {
    return { holderId: person.idNumber };
  }
}
