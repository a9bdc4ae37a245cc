import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { AdministrativeLevel } from '../enums';

/**
 * One of the pilot's four administrative divisions. Codes follow GB/T 2260 (with the 9-digit
 * town code); the community has no public code, so it carries a local one (see the README).
 */
@ObjectType({ description: 'An administrative division of the pilot: prefecture, city, town or community.' })
@Entity({ tableName: 'administrative_division' })
export class AdministrativeDivision {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, {
    description:
      'Division code: GB/T 2260 (532500, 532503), the 9-digit town code (532503001), or a local code marked with L.',
  })
  @PrimaryKey({ type: 'string', length: 20 })
  code: string;

  @Field(() => String, { description: 'Official name, in Chinese, e.g. 蒙自市.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => AdministrativeLevel, { description: 'Level of the division.' })
  @Enum({ items: () => AdministrativeLevel, type: 'string' })
  level: AdministrativeLevel;

  @ManyToOne(() => AdministrativeDivision, { nullable: true, ref: true })
  parent?: Ref<AdministrativeDivision>;
}
