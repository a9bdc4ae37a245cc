import { fenToYuan } from '../../kit';
import { NAMED_RESIDENTS, Resident, RESIDENTS, residentHas } from '../../kit/population';
import { LegacyClaim, LegacyContribution, LegacyInsured } from '../contract/wire';

const POOLING_AREA = '532503';
const OPERATOR = '蒙自市文澜镇合管办';

/**
 * The yearly contribution standard (fen). 2016 was the last year of 新农合 (380) before it merged
 * into 城乡居民基本医疗保险 (390); a year's contribution is collected in the autumn before it.
 */
const YEARS: Record<number, { insuType: string; personal: number; subsidy: number }> = {
  2016: { insuType: '380', personal: 12_000, subsidy: 42_000 },
  2024: { insuType: '390', personal: 38_000, subsidy: 64_000 },
  2025: { insuType: '390', personal: 40_000, subsidy: 67_000 },
  2026: { insuType: '390', personal: 40_000, subsidy: 70_000 },
};

function contribution(year: number, psnType: string): LegacyContribution {
  const { insuType, personal, subsidy } = YEARS[year];
  // 低保 recipients are fully funded: the government pays their personal share too
  const funded = psnType === '12';
  return {
    period: `${year}01`,
    insuType,
    psnType,
    personalAmt: fenToYuan(funded ? 0 : personal),
    subsidyAmt: fenToYuan(funded ? personal + subsidy : subsidy),
    payTime: `${year - 1}-10-15 10:20:00`,
    poolArea: POOLING_AREA,
    operator: OPERATOR,
  };
}

const OUTPATIENT_CLAIM: Omit<LegacyClaim, 'settleNo'> = {
  hospital: '蒙自市文澜镇卫生院',
  admitDate: '2025-09-12',
  dischargeDate: null,
  totalAmt: '186.40',
  fundPaid: '93.20',
  settleDate: '20250912',
};

/** The pensioner's reimbursements (the issue names her "新农合 enrolled with reimbursements"). */
const PENSIONER_CLAIMS: LegacyClaim[] = [
  {
    settleNo: 'JS2025031000017',
    hospital: '蒙自市人民医院',
    admitDate: '2025-03-02',
    dischargeDate: '2025-03-09',
    totalAmt: '4826.40',
    fundPaid: '3378.48',
    settleDate: '20250310',
  },
  { ...OUTPATIENT_CLAIM, settleNo: 'JS2025091200342' },
];

interface Plan {
  psnType: string;
  insuStatus: string;
  enrolDate: string;
  years: number[];
  claims: LegacyClaim[];
}

/** Exactly the records the issue lists for the named residents; nothing for the others it names. */
const NAMED_PLANS: Partial<Record<string, Plan>> = {
  [NAMED_RESIDENTS.forestFarmer.idNumber]: {
    psnType: '11',
    insuStatus: '1',
    enrolDate: '2008/1/1',
    years: [2016, 2024, 2025, 2026],
    claims: [],
  },
  [NAMED_RESIDENTS.pensionContributor.idNumber]: {
    psnType: '12',
    insuStatus: '1',
    enrolDate: '2008/1/1',
    years: [2024, 2025, 2026],
    claims: [],
  },
  [NAMED_RESIDENTS.partyMember.idNumber]: {
    psnType: '11',
    insuStatus: '1',
    enrolDate: '2010/1/1',
    years: [2024, 2025, 2026],
    claims: [],
  },
  [NAMED_RESIDENTS.pensioner.idNumber]: {
    psnType: '11',
    insuStatus: '1',
    enrolDate: '2008/1/1',
    years: [2024, 2025, 2026],
    claims: PENSIONER_CLAIMS,
  },
  [NAMED_RESIDENTS.leapDayResident.idNumber]: {
    psnType: '11',
    insuStatus: '1',
    enrolDate: '2018/3/1',
    years: [2025, 2026],
    claims: [],
  },
};

const NAMED_IDS = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));

/** A plausible, stable record for a generated resident: most are enrolled, a few suspended, some claimed. */
function generatedPlan(resident: Resident, index: number): Plan | undefined {
  if (!residentHas(resident.idNumber, 'health-insurance', 85)) return undefined;
  const suspended = residentHas(resident.idNumber, 'health-insurance:suspended', 5);
  const student = Number(resident.birthDate.slice(0, 4)) >= 2004;
  const claims = residentHas(resident.idNumber, 'health-insurance:claim', 15)
    ? [{ ...OUTPATIENT_CLAIM, settleNo: `JS20250912${String(index).padStart(5, '0')}` }]
    : [];
  return {
    psnType: student ? '21' : '11',
    insuStatus: suspended ? '2' : '1',
    enrolDate: '2008/1/1',
    years: suspended ? [2025] : [2025, 2026],
    claims,
  };
}

function insured(resident: Resident, index: number, plan: Plan): LegacyInsured {
  const current = YEARS[Math.max(...plan.years)];
  return {
    personNo: `5325030${String(index + 1).padStart(6, '0')}`,
    idCard: resident.idNumber,
    name: resident.name,
    insuType: current.insuType,
    psnType: plan.psnType,
    insuStatus: plan.insuStatus,
    poolArea: POOLING_AREA,
    enrolDate: plan.enrolDate,
    contributions: plan.years.map((year) => contribution(year, plan.psnType)),
    claims: plan.claims,
  };
}

/** Everyone the 新农合 double knows, by ID number: the same in every run. */
export const INSURED: ReadonlyMap<string, LegacyInsured> = new Map(
  RESIDENTS.flatMap((resident, index) => {
    const plan = NAMED_IDS.has(resident.idNumber) ? NAMED_PLANS[resident.idNumber] : generatedPlan(resident, index);
    return plan ? [[resident.idNumber, insured(resident, index, plan)] as const] : [];
  }),
);
