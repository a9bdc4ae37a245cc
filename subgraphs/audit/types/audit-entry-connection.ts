import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../lib/graphql/page-info';
import { AuditRecord } from '../entities';

@ObjectType({ description: 'An audit entry in a page of results, with its cursor.' })
export class AuditEntryEdge {
  @Field({ description: 'Opaque cursor of this entry.' })
  cursor!: string;

  @Field(() => AuditRecord, { description: 'The entry.' })
  node!: AuditRecord;
}

@ObjectType({ description: 'A page of the audit log, newest entry first.' })
export class AuditEntryConnection {
  @Field(() => Int, { description: 'How many entries match the filter, over all pages.' })
  totalCount!: number;

  @Field(() => [AuditEntryEdge], { description: 'The entries on this page, with cursors.' })
  edges!: AuditEntryEdge[];

  @Field(() => [AuditRecord], { description: 'The entries on this page.' })
  nodes!: AuditRecord[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;
}
