import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { Authorisation, ServiceItem, Window } from '../entities';
import { WindowKind } from '../enums';
import { ServiceItemFilter } from '../types/service-item-filter';
import { authorisationInForce, itemNotRetired } from './in-force';

const MAX_KEYWORD = 100;

/**
 * Where an item is applied for today: the comprehensive window it is authorised to, otherwise its
 * department's window. Filtering by window has to follow the same rule.
 */
async function windowCondition(
  em: EntityManager,
  windowCode: string,
  today: string,
): Promise<FilterQuery<ServiceItem>> {
  const window = await em.findOne(Window, { code: windowCode });
  if (!window) return { code: { $in: [] } }; // an unknown window has no items
  const authorised = await em.find(Authorisation, {
    $and: [authorisationInForce(today), window.kind === WindowKind.COMPREHENSIVE ? { window: windowCode } : {}],
  });
  const codes = authorised.map((authorisation) => authorisation.itemCode);
  return window.kind === WindowKind.COMPREHENSIVE
    ? { code: { $in: codes } }
    : { departmentWindow: windowCode, code: { $nin: codes } };
}

/** The current versions matching a filter, as one MikroORM condition. */
export async function itemFilterQuery(
  em: EntityManager,
  filter: ServiceItemFilter | null | undefined,
  today: string,
): Promise<FilterQuery<ServiceItem>> {
  const conditions: FilterQuery<ServiceItem>[] = [{ current: true }];
  if (!filter?.includeRetired) conditions.push(itemNotRetired(today));
  const keyword = filter?.keyword?.trim();
  if (keyword) {
    if (keyword.length > MAX_KEYWORD)
      throw badUserInput('filter.keyword', `filter.keyword may be at most ${MAX_KEYWORD} characters`);
    conditions.push({ $or: [{ name: { $like: `%${keyword}%` } }, { code: { $like: `%${keyword}%` } }] });
  }
  if (filter?.departmentCode) conditions.push({ department: filter.departmentCode });
  if (filter?.handlingMode) conditions.push({ handlingMode: filter.handlingMode });
  if (filter?.level) conditions.push({ division: { level: filter.level } });
  if (filter?.highVolumeOnline != null) conditions.push({ highVolumeOnline: filter.highVolumeOnline });
  if (filter?.windowCode) conditions.push(await windowCondition(em, filter.windowCode, today));
  return { $and: conditions };
}
