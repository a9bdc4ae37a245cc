import { NAMED_RESIDENTS, RESIDENTS, residentHas } from '../../kit/population';

/** The party-building system's records, in its own JSON shapes (dates yyyy/M/d, yuan strings). */
export interface PartyMemberRecord {
  idCard: string;
  name: string;
  branchCode: string;
  branchName: string;
  joinDate: string;
  memberType: string;
  duesYear: number;
  duesPaid: string;
}

export interface SubsistenceAllowanceRecord {
  idCard: string;
  name: string;
  caseNo: string;
  status: string;
  monthlyAmount: string;
  householdSize: number;
  approvalDate: string;
}

export interface BirthRegistrationRecord {
  idCard: string;
  registrationNo: string;
  childOrder: number;
  registrationDate: string;
}

const { partyMember, pensionContributor } = NAMED_RESIDENTS;
const named = new Set<string>(Object.values(NAMED_RESIDENTS).map((resident) => resident.idNumber));
const generated = RESIDENTS.filter((resident) => !named.has(resident.idNumber));
/** The ID's sequence digits: stable per person, so generated figures never change. */
const sequenceOf = (idNumber: string) => Number(idNumber.slice(14, 17));
const birthYearOf = (idNumber: string) => Number(idNumber.slice(6, 10));

const BRANCHES = [
  { branchCode: '053250300102', branchName: '中共蒙自市文澜镇银河社区支部委员会' },
  { branchCode: '053250300201', branchName: '中共蒙自市文澜镇三道桥村支部委员会' },
  { branchCode: '053250300305', branchName: '中共蒙自市文澜镇大屯村支部委员会' },
];
const DUES_YEAR = 2025;

export const PARTY_MEMBERS: readonly PartyMemberRecord[] = [
  {
    idCard: partyMember.idNumber,
    name: partyMember.name,
    ...BRANCHES[0],
    joinDate: '2016/7/1',
    memberType: '1',
    duesYear: DUES_YEAR,
    duesPaid: '120.00',
  },
  ...generated
    .filter((resident) => birthYearOf(resident.idNumber) <= 2000 && residentHas(resident.idNumber, 'party-member', 8))
    .map((resident) => {
      const n = sequenceOf(resident.idNumber);
      const joinYear = Math.min(birthYearOf(resident.idNumber) + 22 + (n % 15), 2024);
      return {
        idCard: resident.idNumber,
        name: resident.name,
        ...BRANCHES[n % BRANCHES.length],
        joinDate: `${joinYear}/${1 + (n % 12)}/${1 + (n % 28)}`,
        memberType: joinYear === 2024 ? '2' : '1',
        duesYear: DUES_YEAR,
        duesPaid: `${(2 + (n % 10)) * 12}.${n % 2 === 0 ? '00' : '60'}`,
      };
    }),
];

export const SUBSISTENCE_ALLOWANCES: readonly SubsistenceAllowanceRecord[] = [
  {
    idCard: pensionContributor.idNumber,
    name: pensionContributor.name,
    caseNo: 'DB532503-2017-0031',
    status: '01',
    monthlyAmount: '510.00',
    householdSize: 2,
    approvalDate: '2017/9/20',
  },
  ...generated
    .filter((resident) => residentHas(resident.idNumber, 'subsistence-allowance', 5))
    .map((resident, index) => {
      const n = sequenceOf(resident.idNumber);
      const year = 2015 + (n % 10);
      return {
        idCard: resident.idNumber,
        name: resident.name,
        caseNo: `DB532503-${year}-${String(100 + index).padStart(4, '0')}`,
        status: ['01', '01', '02', '03'][n % 4],
        monthlyAmount: `${300 + (n % 30) * 10}.${n % 2 === 0 ? '00' : '50'}`,
        householdSize: 1 + (n % 5),
        approvalDate: `${year}/${1 + (n % 12)}/${1 + (n % 28)}`,
      };
    }),
];

export const BIRTH_REGISTRATIONS: readonly BirthRegistrationRecord[] = [
  { idCard: partyMember.idNumber, registrationNo: 'SYDJ532503-2021-0008', childOrder: 1, registrationDate: '2021/3/9' },
  ...generated
    .filter((resident) => {
      const born = birthYearOf(resident.idNumber);
      return born >= 1975 && born <= 2000 && residentHas(resident.idNumber, 'birth-registration', 25);
    })
    .map((resident, index) => {
      const n = sequenceOf(resident.idNumber);
      const year = Math.min(birthYearOf(resident.idNumber) + 24 + (n % 8), 2025);
      return {
        idCard: resident.idNumber,
        registrationNo: `SYDJ532503-${year}-${String(100 + index).padStart(4, '0')}`,
        childOrder: 1 + (n % 3),
        registrationDate: `${year}/${1 + (n % 12)}/${1 + (n % 28)}`,
      };
    }),
];
