import { Directive, Field, ObjectType } from 'type-graphql';

/** The catalogue's HallZone, referenced by code. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: "A zone of a service hall, grouping windows (the 2017 plan's hall layout)." })
export class HallZone {
  @Field(() => String, { description: 'Zone code, e.g. MZ-F2-L (city hall, floor 2, left side).' })
  code!: string;
}
