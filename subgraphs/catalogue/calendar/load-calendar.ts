import { EntityManager } from '@mikro-orm/core';
import { CalendarDay, CalendarNotice } from '../entities';
import { WorkingCalendar } from './working-calendar';

/** The working calendar as the database holds it (a few dozen rows a year). */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const [notices, days] = await Promise.all([em.find(CalendarNotice, {}), em.find(CalendarDay, {})]);
  return new WorkingCalendar(
    notices.map((notice) => notice.year),
    days,
  );
}
