import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * One stored access to personal data, chained to the one before it: `hash` is SHA-256 over this
 * record's canonical content and `previousHash` (see chain.ts). Rows are only ever inserted; an
 * edited or deleted row breaks the chain at that point, which `npm run audit:verify` names.
 */
@Entity({ tableName: 'audit_records' })
@ObjectType('AuditEntry', {
  description: 'One read or write of a person’s or an enterprise’s data, as the hub recorded it.',
})
export class AuditRecord {
  /** Position in the chain, from 1, without gaps. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int, { description: 'Position in the chain, from 1.' })
  sequence!: number;

  @Property({ type: 'string', length: 36, unique: true })
  @Field(() => ID, { description: 'The id the recording service gave the entry (a batch sent twice is stored once).' })
  entryId!: string;

  @Index()
  @Property({ type: 'datetime' })
  @Field(() => GraphQLISODateTime, { description: 'When the data was read or written.' })
  at!: Date;

  @Property({ type: 'string', length: 40 })
  @Field({ description: 'The subgraph that served the access.' })
  service!: string;

  @Index()
  @Property({ type: 'string', length: 128, nullable: true })
  @Field(() => String, { nullable: true, description: 'The request id (x-request-id) it was part of.' })
  requestId!: string | null;

  @Index()
  @Property({ type: 'string', length: 128, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who: the caller’s subject; null when anonymous.' })
  subject!: string | null;

  @Property({ type: 'string', length: 128, nullable: true })
  @Field(() => String, { nullable: true, description: 'The caller’s roles, comma-separated; null when anonymous.' })
  roles!: string | null;

  @Property({ type: 'string', length: 8 })
  @Field({ description: 'READ, WRITE, or REFUSED (attempted and refused).' })
  action!: string;

  @Property({ type: 'string', length: 20 })
  @Field({ description: 'Person or Enterprise.' })
  entityType!: string;

  @Index()
  @Property({ type: 'string', length: 64 })
  @Field({ description: 'The resident ID number or credit code whose data it was (unmasked: this is the audit log).' })
  entityKey!: string;

  /** The field names, comma-separated (stored as text so the canonical form is the same on both engines). */
  @Property({ type: 'text' })
  fieldList!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The legacy system the data came from or went to; null for the hub’s own.',
  })
  system!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the GraphQL operation the subgraph executed.' })
  operationHash!: string | null;

  @Property({ type: 'string', length: 64 })
  @Field({ description: 'The hash of the entry before it (64 zeros for the first).' })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  @Field({ description: 'SHA-256 over this entry’s canonical content and previousHash.' })
  hash!: string;
}
