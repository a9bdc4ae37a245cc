import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../lib/graphql/page-info';
import { ServiceItem } from '../entities';

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

  @Field(() => [ServiceItemEdge], { description: "The page's items with their cursors." })
  edges: ServiceItemEdge[];

  @Field(() => [ServiceItem], { description: "The page's items, without cursors." })
  nodes: ServiceItem[];

  @Field(() => PageInfo, { description: 'Where the page ends.' })
  pageInfo: PageInfo;
}
