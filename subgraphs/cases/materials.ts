import { badUserInput } from '../../lib/errors';
import { CatalogueItem } from './catalogue/catalogue-client';
import { MissingMaterial } from './entities/supplement-notice';

/** The reason printed for a required material the applicant did not bring. */
export const NOT_SUBMITTED = '未提交该材料';

/** Refuses codes the item version does not list, naming the first offending position of `field`. */
export function assertKnownMaterials(item: CatalogueItem, codes: readonly string[], field: string): void {
  const known = new Set(item.materials.map((material) => material.code));
  const index = codes.findIndex((code) => !known.has(code));
  if (index >= 0) {
    throw badUserInput(`${field}[${index}]`, `${item.code} version ${item.version} lists no material ${codes[index]}`);
  }
}

/** Every required material of the item version that is not among `codes`, in the guide's order. */
export function missingRequiredMaterials(item: CatalogueItem, codes: readonly string[]): MissingMaterial[] {
  const received = new Set(codes);
  return item.materials
    .filter((material) => material.required && !received.has(material.code))
    .map((material) => ({ code: material.code, name: material.name, reason: NOT_SUBMITTED }));
}

/**
 * The notice's list: what the clerk found wanting, then every required material still missing, in
 * one list (一次性告知) without duplicates.
 */
export function noticeList(
  flagged: readonly MissingMaterial[],
  stillMissing: readonly MissingMaterial[],
): MissingMaterial[] {
  const flaggedCodes = new Set(flagged.map((material) => material.code));
  return [...flagged, ...stillMissing.filter((material) => !flaggedCodes.has(material.code))];
}
