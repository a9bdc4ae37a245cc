import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * The catalogue's ServiceItem, referenced by its `code version` key so the gateway resolves the
 * version the case pinned, not whatever is current today. Descriptions repeat the owner's words:
 * composition keeps one description per shared element.
 */
@Directive('@key(fields: "code version", resolvable: false)')
@ObjectType({
  description:
    'A government service item (政务服务事项) in one of its versions, with every standard element of its guide.',
})
export class ServiceItem {
  @Field(() => String, {
    description:
      'Item code: basic code (2-letter type, 5-digit main item, 3-digit sub-item) + "-" + implementing division code, e.g. XK00001000-532503.',
  })
  code!: string;

  @Field(() => Int, { description: 'Version number, from 1; each change to the item adds one.' })
  version!: number;
}
