import { NAMED_ENTERPRISES, NAMED_RESIDENTS, RESIDENTS, residentHas } from '../../kit/population';

/** 许可证 (XKZ) as the harvest system holds it: its own field names, every value a string. */
export interface XkzRecord {
  XKZH: string;
  SFZH: string;
  SQR: string;
  CFDD: string;
  SZ: string;
  CFFS: string;
  CFMJ: string;
  CFXJ: string;
  PZRQ: string;
  GXRQ: string;
  ZT: string;
}

const { forestFarmer } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;

/**
 * The permits the issue names: the forest farmer's two (three transport permits draw on them) and
 * the timber company's one, issued after its land-use approval and over-drawn by its transports.
 */
const NAMED_PERMITS: XkzRecord[] = [
  {
    XKZH: 'CF2019-0001',
    SFZH: forestFarmer.idNumber,
    SQR: forestFarmer.name,
    CFDD: '蒙自市文澜镇三道桥村 集体林 12林班3小班',
    SZ: 'YNS',
    CFFS: 'ZF',
    CFMJ: '2.4000',
    CFXJ: '45.600',
    PZRQ: '2019-03-08',
    GXRQ: '2020-03-31',
    ZT: '3',
  },
  {
    XKZH: 'CF2020-0002',
    SFZH: forestFarmer.idNumber,
    SQR: forestFarmer.name,
    CFDD: '蒙自市文澜镇三道桥村 集体林 14林班1小班',
    SZ: 'HSS',
    CFFS: 'JF',
    CFMJ: '1.2500',
    CFXJ: '30.000',
    PZRQ: '2020-02-20',
    GXRQ: '2021-02-28',
    ZT: '1',
  },
  {
    XKZH: 'CF2019-0003',
    SFZH: timberCompany.creditCode,
    SQR: timberCompany.name,
    CFDD: '蒙自市草坝镇碧色寨村 8林班2小班',
    SZ: 'AS',
    CFFS: 'JF',
    CFMJ: '5.0000',
    CFXJ: '80.000',
    PZRQ: '2019-01-10',
    GXRQ: '2020-01-31',
    ZT: '3',
  },
];

const SPECIES_CODES = ['YNS', 'HSS', 'SM', 'AS', 'LL'];
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * About one generated resident in ten holds a permit. Its figures come from the ID's sequence
 * digits, so they never change; every permit predates 2020-07 so transport permits (abolished on
 * 2020-07-01) can still draw on it.
 */
function generatedPermits(): XkzRecord[] {
  const named = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));
  const holders = RESIDENTS.filter(
    (resident) => !named.has(resident.idNumber) && residentHas(resident.idNumber, 'forestry-harvest', 10),
  );
  return holders.map((resident, index) => {
    const n = Number(resident.idNumber.slice(14, 17));
    const year = 2016 + (n % 5);
    return {
      XKZH: `CF${year}-${pad(NAMED_PERMITS.length + index + 1, 4)}`,
      SFZH: resident.idNumber,
      SQR: resident.name,
      CFDD: `${resident.address} 集体林 ${1 + (n % 20)}林班${1 + (n % 4)}小班`,
      SZ: SPECIES_CODES[n % SPECIES_CODES.length],
      CFFS: n % 2 === 0 ? 'JF' : 'ZF',
      CFMJ: `${n % 3}.${pad((n * 37) % 10000, 4)}`,
      CFXJ: `${5 + (n % 60)}.${pad((n * 7) % 1000, 3)}`,
      PZRQ: `${year}-${pad(1 + (n % 5))}-${pad(1 + (n % 28))}`,
      GXRQ: `${year + 1}-03-31`,
      ZT: year === 2020 ? '1' : '3',
    };
  });
}

/** Every permit the double serves, the named ones first; identical in every run. */
export const HARVEST_PERMITS: readonly XkzRecord[] = [...NAMED_PERMITS, ...generatedPermits()];
