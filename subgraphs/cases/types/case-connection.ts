import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../lib/graphql/page-info';
import { Case } from '../entities/case';
import { CaseFilter } from '../inputs/case-filter.input';

@ObjectType({ description: 'A case in a page of results, with its cursor.' })
export class CaseEdge {
  @Field({ description: 'Opaque cursor of this case.' })
  cursor!: string;

  @Field(() => Case, { description: 'The case.' })
  node!: Case;
}

@ObjectType({ description: 'A page of cases, in case-number order (the order they were submitted).' })
export class CaseConnection {
  /** Counted by CaseConnectionResolver, only when selected (from the maintained counts where they cover the filter). */
  @Field(() => Int, { description: 'How many cases match the filter, over all pages.' })
  totalCount?: number;

  /** The page's filter, validated, for totalCount (services/case-queries.ts `countCases`); not in the graph. */
  filter!: CaseFilter;

  @Field(() => [CaseEdge], { description: 'The cases on this page, with cursors.' })
  edges!: CaseEdge[];

  @Field(() => [Case], { description: 'The cases on this page.' })
  nodes!: Case[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;
}
