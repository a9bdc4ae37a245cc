import { Directive, Field, ObjectType } from 'type-graphql';

/** The catalogue's Department, referenced by code; the gateway joins the rest. Descriptions are the owner's. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'A department (or town/community office) that offers and decides service items.' })
export class Department {
  @Field(() => String, {
    description:
      'Department code: the division code, a dash and a short pinyin-initial mnemonic, e.g. 532503-LYJ (林业局).',
  })
  code!: string;
}
