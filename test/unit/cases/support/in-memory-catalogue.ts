import { hubError } from '../../../../lib/errors';
import {
  CatalogueClient,
  CatalogueDeadline,
  CatalogueDepartment,
  CatalogueItem,
  CatalogueWindow,
} from '../../../../subgraphs/cases/catalogue/catalogue-client';
import { AUTHORISATIONS, CALENDAR, DEPARTMENTS, ITEMS, WINDOWS } from './catalogue-fixtures';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The catalogue's working-day rule: weekends and holidays off, worked weekend days on. */
export function workingDeadline(acceptedOn: string, workingDays: number): CatalogueDeadline {
  let day = acceptedOn;
  let provisional = false;
  for (let counted = 0; counted < workingDays;) {
    day = addDays(day, 1);
    const year = Number(day.slice(0, 4));
    if (!CALENDAR.years.includes(year)) provisional = true;
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    const working = CALENDAR.workedWeekendDays.includes(day) || (!weekend && !CALENDAR.holidays.includes(day));
    if (working) counted++;
  }
  return { dueDate: day, provisional };
}

/** The catalogue in memory, with a switch to play an outage. */
export class InMemoryCatalogue implements CatalogueClient {
  down = false;
  calls = 0;

  async serviceItem(code: string, version?: number): Promise<CatalogueItem | null> {
    this.answer();
    const versions = ITEMS.filter((item) => item.code === code);
    const wanted = version ?? Math.max(...versions.map((item) => item.version));
    return versions.find((item) => item.version === wanted) ?? null;
  }

  async window(code: string): Promise<CatalogueWindow | null> {
    this.answer();
    return WINDOWS.find((window) => window.code === code) ?? null;
  }

  async isAuthorised(windowCode: string, itemCode: string): Promise<boolean> {
    this.answer();
    return AUTHORISATIONS.some((grant) => grant.windowCode === windowCode && grant.itemCode === itemCode);
  }

  async deadline(acceptedOn: string, workingDays: number): Promise<CatalogueDeadline> {
    this.answer();
    return workingDeadline(acceptedOn, workingDays);
  }

  async departments(): Promise<CatalogueDepartment[]> {
    this.answer();
    return DEPARTMENTS;
  }

  private answer() {
    this.calls++;
    if (this.down)
      throw hubError('UPSTREAM_UNAVAILABLE', 'the catalogue did not answer: connection refused', {
        service: 'catalogue',
      });
  }
}
