import { ObjectType } from 'type-graphql';

/**
 * Everything the three forestry systems hold for one holder. Each list comes from its own system
 * and fails alone: a system that is down leaves null at its list and an error, the others intact.
 */
@ObjectType({
  description:
    'The forestry records of one holder (person or enterprise), from the harvest, transport and land-use systems.',
})
export class ForestryPermits {
  /** Resident ID or credit code the records are looked up by; not a field of the graph (the parent has it). */
  holderId!: string;
}
