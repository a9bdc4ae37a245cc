import { Entity, Enum, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AcceptanceMethod, MaterialFormat, MaterialSource } from '../enums';
import { ServiceItem } from './service-item';

/** A material of one item version's guide; its code stays the same across versions. */
@ObjectType({ description: 'A material the applicant hands in, with every element of the service guide.' })
@Entity({ tableName: 'material' })
export class Material {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @ManyToOne(() => ServiceItem, { ref: true })
  item: Ref<ServiceItem>;

  @Field(() => String, {
    description: 'Stable code within the item (M01, M02…), the same in every version of the item.',
  })
  @Property({ type: 'string', length: 10 })
  code: string;

  @Property({ type: 'integer' })
  position: number;

  @Field(() => String, { description: 'Material name in Chinese.' })
  @Property({ type: 'string', length: 200 })
  name: string;

  @Field(() => Boolean, { description: 'Whether an application without it is incomplete.' })
  @Property({ type: 'boolean' })
  required: boolean;

  @Field(() => String, { description: 'Legal basis for requiring it (材料依据).' })
  @Property({ type: 'text' })
  legalBasis: string;

  @Field(() => MaterialSource, { description: 'Who produces the material.' })
  @Enum({ items: () => MaterialSource, type: 'string' })
  source: MaterialSource;

  @Field(() => MaterialFormat, { description: 'Original, copy, both, or electronic.' })
  @Enum({ items: () => MaterialFormat, type: 'string' })
  format: MaterialFormat;

  @Field(() => Int, { description: 'Number of copies (份数).' })
  @Property({ type: 'integer' })
  copies: number;

  @Field(() => AcceptanceMethod, { description: 'How the window accepts it (受理方式).' })
  @Enum({ items: () => AcceptanceMethod, type: 'string' })
  acceptanceMethod: AcceptanceMethod;

  @Field(() => String, { description: 'Signature and seal requirement (签名签章要求).' })
  @Property({ type: 'text' })
  signatureRule: string;

  @Field(() => String, {
    nullable: true,
    description: 'File name of the blank form (空白表格); null for documents issued by others, which have no form.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  blankForm?: string | null;

  @Field(() => String, { description: 'Filling or preparation instructions (填写说明).' })
  @Property({ type: 'text' })
  instructions: string;

  @Field(() => String, {
    nullable: true,
    description: 'File name of the filled-in sample (示范文本); null for documents issued by others.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  sample?: string | null;
}
