import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Case } from '../entities/case';

/** One PageInfo for the whole graph: shared with the catalogue, same fields, the same words. */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page. Null on an empty page.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'A case in a page of results, with its cursor.' })
export class CaseEdge {
  @Field({ description: 'Opaque cursor of this case.' })
  cursor!: string;

  @Field(() => Case, { description: 'The case.' })
  node!: Case;
}

@ObjectType({ description: 'A page of cases, in case-number order (the order they were submitted).' })
export class CaseConnection {
  @Field(() => Int, { description: 'How many cases match the filter, over all pages.' })
  totalCount!: number;

  @Field(() => [CaseEdge], { description: 'The cases on this page, with cursors.' })
  edges!: CaseEdge[];

  @Field(() => [Case], { description: 'The cases on this page.' })
  nodes!: Case[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;
}
