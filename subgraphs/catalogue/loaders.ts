import { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import {
  AdministrativeDivision,
  Authorisation,
  Department,
  HallZone,
  Material,
  ProcessStep,
  ServiceItem,
  Window,
} from './entities';
import { authorisationInForce, itemNotRetired } from './services/in-force';

/** A loader answering each key with the one row whose `keyOf` is that key, or null. */
function oneEach<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = new Map((await fetch([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/** A loader answering each key with every row whose `keyOf` is that key, in fetch order. */
function allEach<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export interface ItemVersionKey {
  code: string;
  /** Absent: the current version. */
  version?: number | null;
}

/**
 * Per-request batching: a page of 50 cases resolving their items, or every department counting
 * its items, costs one query per kind of thing rather than one per row.
 */
export function createLoaders(em: EntityManager, today: string) {
  return {
    department: oneEach(
      (codes: string[]) => em.find(Department, { code: { $in: codes } }),
      (row) => row.code,
    ),
    division: oneEach(
      (codes: string[]) => em.find(AdministrativeDivision, { code: { $in: codes } }),
      (row) => row.code,
    ),
    window: oneEach(
      (codes: string[]) => em.find(Window, { code: { $in: codes } }),
      (row) => row.code,
    ),
    zone: oneEach(
      (codes: string[]) => em.find(HallZone, { code: { $in: codes } }),
      (row) => row.code,
    ),
    item: new DataLoader<ItemVersionKey, ServiceItem | null, string>(
      async (keys) => {
        const rows = await em.find(ServiceItem, {
          $or: keys.map(({ code, version }) => (version ? { code, version } : { code, current: true })),
        });
        return keys.map(
          ({ code, version }) =>
            rows.find((row) => row.code === code && (version ? row.version === version : row.current)) ?? null,
        );
      },
      { cacheKeyFn: ({ code, version }) => `${code}@${version ?? 'current'}` },
    ),
    itemVersions: allEach(
      (codes: string[]) => em.find(ServiceItem, { code: { $in: codes } }, { orderBy: { version: 'asc' } }),
      (row) => row.code,
    ),
    /** Each department's current items still open for applications. */
    itemsOfDepartment: allEach(
      (codes: string[]) =>
        em.find(
          ServiceItem,
          { $and: [{ department: { $in: codes }, current: true }, itemNotRetired(today)] },
          { orderBy: { code: 'asc' } },
        ),
      (row) => row.department.code,
    ),
    materials: allEach(
      (ids: number[]) => em.find(Material, { item: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (row) => row.item.id,
    ),
    process: allEach(
      (ids: number[]) => em.find(ProcessStep, { item: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (row) => row.item.id,
    ),
    decidingDepartments: new DataLoader<number, Department[]>(async (ids) => {
      const items = await em.find(ServiceItem, { id: { $in: [...ids] } }, { populate: ['decidingDepartments'] });
      return ids.map((id) => {
        const item = items.find((row) => row.id === id);
        return item ? item.decidingDepartments.getItems().sort((a, b) => a.code.localeCompare(b.code)) : [];
      });
    }),
    /** The authorisation in force for an item code, if its department delegated it. */
    authorisationOfItem: oneEach(
      (codes: string[]) =>
        em.find(Authorisation, { $and: [{ itemCode: { $in: codes } }, authorisationInForce(today)] }),
      (row) => row.itemCode,
    ),
    windowsOfZone: allEach(
      (codes: string[]) => em.find(Window, { zone: { $in: codes } }, { orderBy: { code: 'asc' } }),
      (row) => row.zone.code,
    ),
    windowsOfDepartment: allEach(
      (codes: string[]) => em.find(Window, { department: { $in: codes } }, { orderBy: { code: 'asc' } }),
      (row) => row.department!.code,
    ),
  };
}

export type CatalogueLoaders = ReturnType<typeof createLoaders>;
