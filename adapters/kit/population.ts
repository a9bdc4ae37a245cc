import { residentIdCheckCharacter } from '../../lib/identity';

/**
 * The seeded population every legacy double serves. Deterministic (a fixed-seed generator), so
 * the six doubles agree on who exists without talking to each other, and tests can name people.
 */
export interface Resident {
  idNumber: string;
  name: string;
  sex: 'MALE' | 'FEMALE';
  /** yyyy-MM-dd */
  birthDate: string;
  /** Village or neighbourhood in Mengzi where the household is registered. */
  address: string;
}

export interface Enterprise {
  creditCode: string;
  name: string;
  legalRepresentative: string;
}

/**
 * The residents the issues name, with the records every double must hold for them:
 * - forest farmer: two harvest permits, three transport permits drawn on them, 新农合, pension contributor;
 * - pension contributor, 新农合, a 最低生活保障 record;
 * - party member, a 生育登记 record, 新农合;
 * - receiving a monthly pension, 新农合 with reimbursements;
 * - 新农合 only (born on a leap day);
 * - a land-use applicant whose name needs GB18030 beyond GBK (䶮, 𠀋).
 */
export const NAMED_RESIDENTS = {
  forestFarmer: {
    idNumber: '532503198001010015',
    name: '李国林',
    sex: 'MALE',
    birthDate: '1980-01-01',
    address: '蒙自市文澜镇三道桥村',
  },
  pensionContributor: {
    idNumber: '532503196503150027',
    name: '王秀英',
    sex: 'FEMALE',
    birthDate: '1965-03-15',
    address: '蒙自市文澜镇银河社区',
  },
  partyMember: {
    idNumber: '532503199207040038',
    name: '杨建华',
    sex: 'MALE',
    birthDate: '1992-07-04',
    address: '蒙自市文澜镇银河社区',
  },
  pensioner: {
    idNumber: '532503195511200042',
    name: '张桂芬',
    sex: 'FEMALE',
    birthDate: '1955-11-20',
    address: '蒙自市文澜镇大屯村',
  },
  leapDayResident: {
    idNumber: '532503200002290055',
    name: '普志明',
    sex: 'MALE',
    birthDate: '2000-02-29',
    address: '蒙自市文澜镇新安所村',
  },
  rareNameApplicant: {
    idNumber: withCheck('53250319780312006'),
    name: '龚䶮𠀋',
    sex: 'MALE',
    birthDate: '1978-03-12',
    address: '蒙自市文澜镇草坝村',
  },
} as const satisfies Record<string, Resident>;

export const NAMED_ENTERPRISES = {
  timberCompany: { creditCode: '91532503MA6K123404', name: '蒙自林丰木业有限公司', legalRepresentative: '李国林' },
} as const satisfies Record<string, Enterprise>;

function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** mulberry32: a tiny, well-known deterministic generator; the seed fixes the population. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['李', '王', '张', '杨', '刘', '陈', '赵', '普', '白', '罗', '马', '何', '周', '黄', '龙', '施'];
const GIVEN = [
  '建国',
  '秀兰',
  '志强',
  '丽华',
  '文明',
  '桂英',
  '海燕',
  '正华',
  '玉芬',
  '云飞',
  '春梅',
  '德明',
  '晓东',
  '美兰',
  '家福',
  '红梅',
];
const VILLAGES = ['三道桥村', '大屯村', '新安所村', '草坝村', '雨过铺村', '芷村', '鸣鹫村', '银河社区'];

const GENERATED_COUNT = 210;

function generateResidents(): Resident[] {
  const random = generator(532503);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const taken = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));
  const residents: Resident[] = [];
  while (residents.length < GENERATED_COUNT) {
    const year = 1940 + Math.floor(random() * 66);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const sequence = 100 + Math.floor(random() * 899);
    const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const idNumber = withCheck(`532503${birth}${sequence}`);
    if (taken.has(idNumber)) continue;
    taken.add(idNumber);
    residents.push({
      idNumber,
      name: pick(SURNAMES) + pick(GIVEN),
      sex: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      address: `蒙自市文澜镇${pick(VILLAGES)}`,
    });
  }
  return residents;
}

/** Everyone: the named residents first, then the generated ones, always in the same order. */
export const RESIDENTS: readonly Resident[] = [...Object.values(NAMED_RESIDENTS), ...generateResidents()];

export const ENTERPRISES: readonly Enterprise[] = Object.values(NAMED_ENTERPRISES);

const byId = new Map(RESIDENTS.map((resident) => [resident.idNumber, resident]));

export function findResident(idNumber: string): Resident | undefined {
  return byId.get(idNumber.toUpperCase());
}

/**
 * A stable yes/no per person and purpose ("is this person enrolled in 新农合?"), so doubles can
 * give the generated residents plausible records that never change between runs.
 */
export function residentHas(idNumber: string, purpose: string, percent: number): boolean {
  let hash = 2166136261;
  for (const character of `${purpose}:${idNumber}`) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 100 < percent;
}
