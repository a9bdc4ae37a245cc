import { fenToYuan } from '../../kit';
import { NAMED_RESIDENTS, Resident, RESIDENTS, residentHas } from '../../kit/population';
import { LegacyPayment, LegacyPerson } from '../contract/wire';

/** Yearly contribution of each grade (fen): 01 ¥200 … 12 ¥3000. */
const GRADE_AMOUNTS = [200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000, 3000].map((yuan) => yuan * 100);

const BANK = '中国邮政储蓄银行蒙自市支行';

/** The year the seed stands in, so ages (and who draws a pension) never change between runs. */
const SEED_YEAR = 2026;

function contributions(grade: number, years: number[]): LegacyPayment[] {
  return years.map((year) => ({
    LX: '1',
    QH: `${year}10`,
    JE: fenToYuan(GRADE_AMOUNTS[grade - 1]),
    DZRQ: `${year}/10/20`,
  }));
}

function benefits(monthlyFen: number): LegacyPayment[] {
  return ['202510', '202511', '202512'].map((period) => ({
    LX: '2',
    QH: period,
    JE: fenToYuan(monthlyFen),
    DZRQ: `${period.slice(0, 4)}/${Number(period.slice(4))}/10`,
  }));
}

const account = (index: number) => `62179951300${String(index + 1).padStart(8, '0')}`;

function contributor(resident: Resident, index: number, grade: number, status: '1' | '3' = '1'): LegacyPerson {
  return {
    AAC001: personalNumber(index),
    AAC002: resident.idNumber,
    AAC003: resident.name,
    AAC008: status,
    JFDC: String(grade).padStart(2, '0'),
    KHYH: BANK,
    YHZH: account(index),
    JFJL: contributions(grade, status === '1' ? [2023, 2024, 2025] : [2023]),
  };
}

function pensioner(resident: Resident, index: number, monthlyFen: number): LegacyPerson {
  return {
    AAC001: personalNumber(index),
    AAC002: resident.idNumber,
    AAC003: resident.name,
    AAC008: '2',
    YDYJE: fenToYuan(monthlyFen),
    KHYH: BANK,
    YHZH: account(index),
    JFJL: benefits(monthlyFen),
  };
}

const personalNumber = (index: number) => `YL532503${String(index + 1).padStart(8, '0')}`;

/** Exactly the records the issue lists for the named residents; nothing for the others it names. */
const NAMED: Partial<Record<string, (resident: Resident, index: number) => LegacyPerson>> = {
  [NAMED_RESIDENTS.forestFarmer.idNumber]: (resident, index) => contributor(resident, index, 3),
  [NAMED_RESIDENTS.pensionContributor.idNumber]: (resident, index) => contributor(resident, index, 1),
  [NAMED_RESIDENTS.pensioner.idNumber]: (resident, index) => pensioner(resident, index, 168_50),
};

const NAMED_IDS = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));

/** Plausible, stable records for generated residents: most adults contribute, most over 60 draw a pension. */
function generated(resident: Resident, index: number): LegacyPerson | undefined {
  const age = SEED_YEAR - Number(resident.birthDate.slice(0, 4));
  if (age < 16 || !residentHas(resident.idNumber, 'pensions', 70)) return undefined;
  if (age >= 60) return pensioner(resident, index, 128_00);
  const grade = 1 + (index % 5);
  return contributor(resident, index, grade, residentHas(resident.idNumber, 'pensions:suspended', 8) ? '3' : '1');
}

/** Everyone the pension double knows, by ID number: the same in every run. */
export const PERSONS: ReadonlyMap<string, LegacyPerson> = new Map(
  RESIDENTS.flatMap((resident, index) => {
    const person = NAMED_IDS.has(resident.idNumber)
      ? NAMED[resident.idNumber]?.(resident, index)
      : generated(resident, index);
    return person ? [[resident.idNumber, person] as const] : [];
  }),
);
