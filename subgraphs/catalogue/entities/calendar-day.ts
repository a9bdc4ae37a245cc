import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { CalendarDayKind } from '../enums';

@ObjectType({
  description:
    'A day that departs from the Monday-to-Friday rule: a public holiday or a weekend day worked in exchange.',
})
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => DateScalar, { description: 'The day.' })
  @PrimaryKey({ type: 'string', length: 10 })
  date: string;

  @Property({ type: 'integer', index: true })
  year: number;

  @Field(() => CalendarDayKind, { description: 'Holiday or worked weekend day.' })
  @Enum({ items: () => CalendarDayKind, type: 'string' })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'The festival it belongs to, in Chinese, e.g. 国庆节.' })
  @Property({ type: 'string', length: 40 })
  festival: string;
}
