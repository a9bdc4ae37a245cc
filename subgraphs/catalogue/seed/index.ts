import { EntityManager } from '@mikro-orm/core';
import {
  AdministrativeDivision,
  Authorisation,
  CalendarDay,
  CalendarNotice,
  Department,
  HallZone,
  Window,
} from '../entities';
import { createItem, retireItem, reviseItem } from '../services/item-versions';
import { holidayNotices, noticeDays } from './calendar';
import { departments } from './departments';
import { divisions } from './divisions';
import { comprehensiveWindows, departmentWindows, zones } from './hall';
import { seedItems } from './items';

/**
 * Loads every year's holiday notice the database does not have yet. Runs on every start, so a
 * year added to seed/calendar reaches a catalogue that was seeded before it existed.
 */
export async function seedCalendar(em: EntityManager): Promise<number[]> {
  const known = new Set((await em.find(CalendarNotice, {})).map((notice) => notice.year));
  const missing = holidayNotices.filter((notice) => !known.has(notice.year));
  await em.transactional(async (tx) => {
    for (const { festivals: _festivals, ...notice } of missing) tx.create(CalendarNotice, notice);
    // the days reference their notice, and the ORM does not know it: insert the notices first
    await tx.flush();
    for (const notice of missing) {
      for (const day of noticeDays(notice)) tx.create(CalendarDay, { ...day, year: notice.year });
    }
  });
  return missing.map((notice) => notice.year);
}

/**
 * Loads the pilot's catalogue — divisions, departments, hall, items with their history, and
 * authorisations — into an empty database, in one transaction. A database that already has
 * departments is left alone, so starting again never duplicates or overwrites anything.
 */
export async function seedCatalogue(em: EntityManager): Promise<boolean> {
  if ((await em.count(Department, {})) > 0) return false;
  await em.transactional(async (tx) => {
    for (const { parentCode, ...division } of divisions)
      tx.create(AdministrativeDivision, { ...division, parent: parentCode });
    for (const zone of zones) tx.create(HallZone, zone);
    for (const { divisionCode, ...department } of departments)
      tx.create(Department, { ...department, division: divisionCode });
    for (const { zoneCode, departmentCode, ...window } of [...comprehensiveWindows, ...departmentWindows]) {
      tx.create(Window, { ...window, zone: zoneCode, department: departmentCode });
    }
    await tx.flush();

    for (const { revisions: _revisions, retiredOn: _retiredOn, authorisedTo, ...item } of seedItems) {
      await createItem(tx, item);
      if (authorisedTo) {
        tx.create(Authorisation, {
          department: item.departmentCode,
          window: authorisedTo.windowCode,
          itemCode: item.code,
          grantedOn: authorisedTo.grantedOn,
        });
      }
    }
    await tx.flush();

    // history after the first versions: revisions, then retirements (which revoke authorisations)
    for (const item of seedItems) {
      for (const revision of item.revisions ?? []) await reviseItem(tx, item.code, revision);
      if (item.retiredOn) await retireItem(tx, item.code, item.retiredOn);
    }
  });
  return true;
}
