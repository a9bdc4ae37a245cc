import { Field, GraphQLISODateTime, InputType } from 'type-graphql';

@InputType({ description: 'Which audit entries to list; every condition given must hold.' })
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Only accesses to this person’s or enterprise’s data (resident ID or credit code, checksum validated).',
  })
  entityKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Only accesses by this caller (their token’s subject).' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the entries of this request id.' })
  requestId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only accesses at or after this instant.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only accesses before this instant.' })
  to?: Date | null;
}
