import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ZoneTheme } from '../enums';

@Directive('@key(fields: "code")')
@ObjectType({ description: "A zone of a service hall, grouping windows (the 2017 plan's hall layout)." })
@Entity({ tableName: 'hall_zone' })
export class HallZone {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'Zone code, e.g. MZ-F2-L (city hall, floor 2, left side).' })
  @PrimaryKey({ type: 'string', length: 40 })
  code: string;

  @Field(() => String, { description: 'Zone name in Chinese, e.g. 投资项目审批综合受理区.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => String, { description: 'The hall the zone belongs to, e.g. 蒙自市政务服务大厅.' })
  @Property({ type: 'string', length: 100 })
  hall: string;

  @Field(() => Int, { nullable: true, description: 'Floor of the hall; null where the plan does not place the zone.' })
  @Property({ type: 'integer', nullable: true })
  floor?: number | null;

  @Field(() => String, { description: 'Where the zone is, as the plan says it, e.g. 二楼大厅左侧.' })
  @Property({ type: 'string', length: 100 })
  position: string;

  @Field(() => ZoneTheme, {
    nullable: true,
    description: 'Which of the five themed service zones it belongs to; null for a plain department-window row.',
  })
  @Enum({ items: () => ZoneTheme, type: 'string', nullable: true })
  theme?: ZoneTheme | null;
}
