import { Directive, Field, InputType } from 'type-graphql';

/** An entry as a subgraph sends it (lib/audit/entry.ts), for the service-to-service mutation. */
@Directive('@inaccessible')
@InputType({ description: 'One access to personal data, as the recording subgraph saw it.' })
export class AuditEntryInput {
  @Field({ description: 'The id the recording service chose (a UUID).' })
  id!: string;

  @Field({ description: 'ISO 8601 instant of the access.' })
  at!: string;

  @Field({ description: 'The subgraph that served it.' })
  service!: string;

  @Field(() => String, { nullable: true, description: 'The request id.' })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: 'The caller’s subject; null when anonymous.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'The caller’s roles, comma-separated.' })
  roles!: string | null;

  @Field({ description: 'READ, WRITE, or REFUSED (attempted and refused).' })
  action!: string;

  @Field({ description: 'Person or Enterprise.' })
  entityType!: string;

  @Field({ description: 'The resident ID number or credit code.' })
  entityKey!: string;

  @Field(() => [String], { description: 'The fields read or written.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'The legacy system, if any.' })
  system!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the operation.' })
  operationHash!: string | null;
}
