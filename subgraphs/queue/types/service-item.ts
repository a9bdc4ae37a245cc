import { Directive, Field, ObjectType } from 'type-graphql';

/** The catalogue's ServiceItem in its current version, referenced by code (the terminal's guide). */
@Directive('@key(fields: "code", resolvable: false)')
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
}
