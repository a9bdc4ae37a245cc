import { NAMED_ENTERPRISES, NAMED_RESIDENTS, RESIDENTS, residentHas } from '../../kit/population';

/** 审核记录 (SHJL) as the land-use system holds it: its own element names, every value text. */
export interface ShjlRecord {
  SHWH: string;
  ZJHM: string;
  SQR: string;
  XMMC: string;
  LDDD: string;
  SYMJ: string;
  YDXZ: string;
  ZBHFF: string;
  SHRQ: string;
  ZT: string;
}

const { rareNameApplicant } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;

/**
 * The timber company's approval for the land its harvest permit CF2019-0003 (2019-01-10) later
 * cleared, and the rare-name applicant's, whose name (龚䶮𠀋) only GB18030 can carry.
 */
const NAMED_APPROVALS: ShjlRecord[] = [
  {
    SHWH: 'LD2018-0001',
    ZJHM: timberCompany.creditCode,
    SQR: timberCompany.name,
    XMMC: '林丰木业木材加工厂建设项目',
    LDDD: '蒙自市草坝镇碧色寨村 8林班2小班',
    SYMJ: '5.0000',
    YDXZ: '1',
    ZBHFF: '500000.00',
    SHRQ: '2018/11/15',
    ZT: '01',
  },
  {
    SHWH: 'LD2019-0002',
    ZJHM: rareNameApplicant.idNumber,
    SQR: rareNameApplicant.name,
    XMMC: '草坝村农村道路建设',
    LDDD: '蒙自市文澜镇草坝村 3林班',
    SYMJ: '0.3500',
    YDXZ: '2',
    ZBHFF: '21000.00',
    SHRQ: '2019/6/18',
    ZT: '01',
  },
];

const PROJECTS = ['农村住房建设', '农业设施用地', '乡村道路建设'];

/** A few generated residents hold an approval; the figures come from the ID's sequence digits. */
function generatedApprovals(): ShjlRecord[] {
  const named = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));
  const holders = RESIDENTS.filter(
    (resident) => !named.has(resident.idNumber) && residentHas(resident.idNumber, 'forestry-land-use', 4),
  );
  return holders.map((resident, index) => {
    const n = Number(resident.idNumber.slice(14, 17));
    const year = 2015 + (n % 6);
    const hundredths = 5 + (n % 40);
    return {
      SHWH: `LD${year}-${String(NAMED_APPROVALS.length + index + 1).padStart(4, '0')}`,
      ZJHM: resident.idNumber,
      SQR: resident.name,
      XMMC: PROJECTS[n % PROJECTS.length],
      LDDD: resident.address,
      SYMJ: `0.${String(hundredths).padStart(2, '0')}00`,
      YDXZ: n % 4 === 0 ? '2' : '1',
      // 6 yuan per square metre: hundredths of a hectare × 100 m² × 6
      ZBHFF: `${hundredths * 600}.00`,
      SHRQ: `${year}/${1 + (n % 12)}/${1 + (n % 28)}`,
      ZT: ['01', '01', '02', '03'][n % 4],
    };
  });
}

/** Every approval the double serves, the named ones first; identical in every run. */
export const LAND_USE_APPROVALS: readonly ShjlRecord[] = [...NAMED_APPROVALS, ...generatedApprovals()];
