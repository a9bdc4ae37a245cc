import { EntityManager } from '@mikro-orm/core';
import { hubError } from '../../../lib/errors';
import { addDays } from '../calendar/dates';
import { Authorisation, Department, Material, ProcessStep, ServiceItem } from '../entities';
import { ItemElements, ItemRevision, NewItem } from './item-elements';

/** The basic catalogue code is the part of the item code before the implementing division. */
export const basicCodeOf = (code: string) => code.split('-')[0];

function buildVersion(
  em: EntityManager,
  code: string,
  version: number,
  validFrom: string,
  versionNote: string,
  elements: ItemElements,
) {
  const {
    departmentCode,
    decidingDepartmentCodes,
    departmentWindowCode,
    divisionCode,
    materials,
    process,
    ...scalars
  } = elements;
  const item = em.create(ServiceItem, {
    ...scalars,
    code,
    version,
    current: true,
    basicCode: basicCodeOf(code),
    department: departmentCode,
    departmentWindow: departmentWindowCode,
    division: divisionCode,
    validFrom,
    validUntil: null,
    retiredOn: null,
    versionNote,
  });
  item.decidingDepartments.set(decidingDepartmentCodes.map((deciding) => em.getReference(Department, deciding)));
  materials.forEach((material, index) => em.create(Material, { ...material, item, position: index + 1 }));
  process.forEach((step, index) => em.create(ProcessStep, { ...step, item, position: index + 1 }));
  return item;
}

async function currentVersion(em: EntityManager, code: string): Promise<ServiceItem> {
  const item = await em.findOne(
    ServiceItem,
    { code, current: true },
    { populate: ['materials', 'process', 'decidingDepartments'] },
  );
  if (!item) throw hubError('NOT_FOUND', `service item ${code} does not exist`, { what: 'service item', key: code });
  return item;
}

/** What a version says, in the shape a revision starts from. */
function elementsOf(item: ServiceItem): ItemElements {
  return {
    name: item.name,
    type: item.type,
    departmentCode: item.department.code,
    decidingDepartmentCodes: item.decidingDepartments.getItems().map((department) => department.code),
    handlingMode: item.handlingMode,
    legalTimeLimit: item.legalTimeLimit,
    promisedTimeLimit: item.promisedTimeLimit,
    fee: {
      charged: item.fee.charged,
      amountFen: item.fee.amountFen ?? null,
      basis: item.fee.basis ?? null,
      note: item.fee.note,
    },
    servesApplicantTypes: [...item.servesApplicantTypes],
    conditions: item.conditions,
    legalBasis: item.legalBasis,
    departmentWindowCode: item.departmentWindow.code,
    divisionCode: item.division.code,
    onlineDepth: item.onlineDepth,
    decidingSystem: item.decidingSystem,
    highVolumeOnline: item.highVolumeOnline,
    visitsRequired: item.visitsRequired,
    materials: item.materials.getItems().map(({ id: _id, item: _item, position: _position, ...material }) => ({
      ...material,
      blankForm: material.blankForm ?? null,
      sample: material.sample ?? null,
    })),
    process: item.process
      .getItems()
      .map(({ name, actor, workingDays, description }) => ({ name, actor, workingDays, description })),
  };
}

/** Lists a new item as version 1. */
export async function createItem(em: EntityManager, item: NewItem): Promise<ServiceItem> {
  const { code, validFrom, versionNote, ...elements } = item;
  const created = buildVersion(em, code, 1, validFrom, versionNote, elements);
  await em.flush();
  return created;
}

/**
 * Changes an item from a date: the current version ends the day before, and a new version with
 * the changes applies from the date. Nothing already published is edited, so a case keeps the
 * guide it was accepted under.
 */
export async function reviseItem(em: EntityManager, code: string, revision: ItemRevision): Promise<ServiceItem> {
  return em.transactional(async (tx) => {
    const current = await currentVersion(tx, code);
    if (current.retiredOn) {
      throw hubError('ITEM_RETIRED', `service item ${code} was retired on ${current.retiredOn} and cannot be revised`, {
        itemCode: code,
      });
    }
    if (revision.effectiveFrom <= current.validFrom) {
      throw hubError('CONFLICT', `a revision of ${code} must take effect after ${current.validFrom}`, {
        itemCode: code,
      });
    }
    const elements = { ...elementsOf(current), ...revision.changes };
    current.current = false;
    current.validUntil = addDays(revision.effectiveFrom, -1);
    return buildVersion(tx, code, current.version + 1, revision.effectiveFrom, revision.versionNote, elements);
  });
}

/**
 * Retires an item from a date (e.g. an item abolished by a new law): its last version ends the
 * day before, and every authorisation still in force for it ends on the date.
 */
export async function retireItem(em: EntityManager, code: string, retiredOn: string): Promise<ServiceItem> {
  return em.transactional(async (tx) => {
    const current = await currentVersion(tx, code);
    if (current.retiredOn) {
      throw hubError('ITEM_RETIRED', `service item ${code} was already retired on ${current.retiredOn}`, {
        itemCode: code,
      });
    }
    if (retiredOn <= current.validFrom) {
      throw hubError(
        'CONFLICT',
        `service item ${code} cannot be retired before its current version applies (${current.validFrom})`,
        { itemCode: code },
      );
    }
    current.retiredOn = retiredOn;
    current.validUntil = addDays(retiredOn, -1);
    const authorisations = await tx.find(Authorisation, { itemCode: code, revokedOn: null });
    for (const authorisation of authorisations) authorisation.revokedOn = retiredOn;
    return current;
  });
}
