import { Field, InputType } from 'type-graphql';

/**
 * The clerk acting and the window they sit at. Carried in the input until the security issue
 * replaces it with the verified token's identity (see actor.ts). Each action's input inherits
 * these fields; the base itself is reachable from no field, so it stays out of the schema.
 */
@InputType({ description: 'The clerk acting and their window.' })
export abstract class AtWindowInput {
  @Field({ description: 'The clerk acting (name or staff number).' })
  clerk!: string;

  @Field({ description: 'The code of the window the clerk sits at.' })
  windowCode!: string;
}
