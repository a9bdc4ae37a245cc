import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * One PageInfo for the whole graph: every subgraph with a connection uses this class, so the
 * shared type has the same fields and the same words everywhere (`@shareable` lets them compose).
 */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page. Null on an empty page.',
  })
  endCursor: string | null;
}
