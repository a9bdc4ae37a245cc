import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The State Council notice a year's holidays come from. Its presence is what makes a year's
 * working days definite: a year without a notice is counted provisionally.
 */
@Entity({ tableName: 'calendar_notice' })
export class CalendarNotice {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Property({ type: 'string', length: 60, nullable: true })
  documentNumber?: string | null;

  @Property({ type: 'string', length: 10 })
  publishedOn: string;
}
