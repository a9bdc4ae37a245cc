import { ImplementationItem } from '../../../adapters/provincial-platform';
import { ServiceItem } from '../entities';
import { CatalogueLoaders } from '../loaders';

/**
 * One item version as the province's implementation list needs it: every element, every material,
 * the process, and the window where it is applied for today (an authorisation can move it).
 */
export async function implementationItem(item: ServiceItem, loaders: CatalogueLoaders): Promise<ImplementationItem> {
  const authorisation = await loaders.authorisationOfItem.load(item.code);
  const [department, window, materials, process] = await Promise.all([
    loaders.department.load(item.department.code),
    loaders.window.load(authorisation ? authorisation.window.code : item.departmentWindow.code),
    loaders.materials.load(item.id),
    loaders.process.load(item.id),
  ]);
  return {
    code: item.code,
    version: item.version,
    basicCode: item.basicCode,
    name: item.name,
    type: item.type,
    departmentCode: item.department.code,
    departmentName: department!.name,
    divisionCode: item.division.code,
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
    windowName: window!.name,
    onlineDepth: item.onlineDepth,
    visitsRequired: item.visitsRequired,
    validFrom: item.validFrom,
    validUntil: item.validUntil ?? null,
    retiredOn: item.retiredOn ?? null,
    materials: materials.map((material) => ({
      code: material.code,
      name: material.name,
      required: material.required,
      legalBasis: material.legalBasis,
      source: material.source,
      format: material.format,
      copies: material.copies,
      acceptanceMethod: material.acceptanceMethod,
      signatureRule: material.signatureRule,
      blankForm: material.blankForm ?? null,
      instructions: material.instructions,
      sample: material.sample ?? null,
    })),
    process: process.map(({ name, actor, workingDays, description }) => ({ name, actor, workingDays, description })),
  };
}
