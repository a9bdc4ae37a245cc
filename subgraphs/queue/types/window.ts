import { Directive, Field, ObjectType } from 'type-graphql';

/** The catalogue's hall Window, referenced by code. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: "A window of a service hall: a comprehensive window or a department's own window." })
export class Window {
  @Field(() => String, {
    description: 'Window code, e.g. CW-INVEST (comprehensive) or DW-LYJ (林业 department window).',
  })
  code!: string;
}
