import { forestryItems } from './forestry';
import { SeedItem } from './guide';
import { investmentItems } from './investment';
import { livelihoodItems } from './livelihood';
import { marketHealthDisabilityItems } from './market-health-disability';
import { townCommunityItems } from './town-community';

export type { SeedItem };

/** Every seeded item, ordered by code. */
export const seedItems: SeedItem[] = [
  ...forestryItems,
  ...investmentItems,
  ...marketHealthDisabilityItems,
  ...townCommunityItems,
  ...livelihoodItems,
].sort((a, b) => a.code.localeCompare(b.code));
