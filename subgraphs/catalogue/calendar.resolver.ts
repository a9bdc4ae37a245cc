import { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../lib/errors';
import { DateScalar } from '../../lib/scalars';
import { loadWorkingCalendar } from './calendar/load-calendar';
import { CatalogueContext } from './context';
import { CalendarDay, CalendarNotice } from './entities';
import { CalendarDayKind } from './enums';
import { CalendarYear } from './types/calendar-year';
import { Deadline } from './types/deadline';

/** Time limits in law run to weeks, not decades; the bound keeps a typo from spinning the counter. */
const MAX_WORKING_DAYS = 1000;
const YEARS = { from: 1949, to: 2100 };

async function countWorkingDays(em: EntityManager, acceptedOn: string, workingDays: number): Promise<Deadline> {
  if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
    throw badUserInput('workingDays', `workingDays must be between 0 and ${MAX_WORKING_DAYS}, got ${workingDays}`);
  }
  const { dueDate, provisionalYears } = (await loadWorkingCalendar(em)).deadline(acceptedOn, workingDays);
  return { dueDate, provisional: provisionalYears.length > 0, provisionalYears };
}

@Resolver()
export class CalendarResolver {
  @Query(() => DateScalar, {
    description:
      'The day a time limit of `workingDays` working days ends; the acceptance day is not counted, and 0 days is the acceptance day.',
  })
  async dueDate(
    @Ctx() { em }: CatalogueContext,
    @Arg('acceptedOn', () => DateScalar, { description: 'Day the case was accepted.' }) acceptedOn: string,
    @Arg('workingDays', () => Int, { description: `Working days allowed, 0 to ${MAX_WORKING_DAYS}.` })
    workingDays: number,
  ): Promise<string> {
    return (await countWorkingDays(em, acceptedOn, workingDays)).dueDate;
  }

  @Query(() => Deadline, {
    description:
      'Like dueDate, and says whether the answer is provisional (it ran through a year without holiday data).',
  })
  async deadline(
    @Ctx() { em }: CatalogueContext,
    @Arg('acceptedOn', () => DateScalar, { description: 'Day the case was accepted.' }) acceptedOn: string,
    @Arg('workingDays', () => Int, { description: `Working days allowed, 0 to ${MAX_WORKING_DAYS}.` })
    workingDays: number,
  ): Promise<Deadline> {
    return countWorkingDays(em, acceptedOn, workingDays);
  }

  @Query(() => CalendarYear, {
    description:
      'A year of the working-day calendar: its holidays and worked weekend days, or provisional when there is no notice.',
  })
  async calendarYear(
    @Ctx() { em }: CatalogueContext,
    @Arg('year', () => Int, { description: 'The year, e.g. 2026.' }) year: number,
  ): Promise<CalendarYear> {
    if (year < YEARS.from || year > YEARS.to)
      throw badUserInput('year', `year must be between ${YEARS.from} and ${YEARS.to}, got ${year}`);
    const [notice, days] = await Promise.all([
      em.findOne(CalendarNotice, { year }),
      em.find(CalendarDay, { year }, { orderBy: { date: 'asc' } }),
    ]);
    return {
      year,
      provisional: !notice,
      noticeTitle: notice?.title ?? null,
      noticeNumber: notice?.documentNumber ?? null,
      publishedOn: notice?.publishedOn ?? null,
      holidays: days.filter((day) => day.kind === CalendarDayKind.PUBLIC_HOLIDAY),
      workedWeekendDays: days.filter((day) => day.kind === CalendarDayKind.WORKED_WEEKEND_DAY),
    };
  }
}
