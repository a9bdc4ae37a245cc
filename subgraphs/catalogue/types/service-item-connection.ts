import { Field, Int, ObjectType } from 'type-graphql';
import { ServiceItem } from '../entities';

@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page. Null on an empty page.' })
  endCursor: string | null;
}

@ObjectType({ description: 'An item in a page of items, with its cursor.' })
export class ServiceItemEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge.' })
  cursor: string;

  @Field(() => ServiceItem, { description: 'The item (its current version).' })
  node: ServiceItem;
}

@ObjectType({ description: 'A page of service items (Relay connection), ordered by item code.' })
export class ServiceItemConnection {
  @Field(() => Int, { description: 'How many items match the filter, across all pages.' })
  totalCount: number;

  @Field(() => [ServiceItemEdge], { description: 'The page\'s items with their cursors.' })
  edges: ServiceItemEdge[];

  @Field(() => [ServiceItem], { description: 'The page\'s items, without cursors.' })
  nodes: ServiceItem[];

  @Field(() => PageInfo, { description: 'Where the page ends.' })
  pageInfo: PageInfo;
}
