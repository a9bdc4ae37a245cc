import { LegacyError } from '../../../../adapters/kit';
import { LegacyInsured } from '../../../../adapters/health-insurance/contract/wire';
import { toMedicalEnrolment } from '../../../../adapters/health-insurance/mapping';

const INSURED: LegacyInsured = {
  personNo: '5325030000009',
  idCard: '53250319800101001x',
  name: '李国林',
  insuType: '380',
  psnType: '13',
  insuStatus: '3',
  poolArea: '532503',
  enrolDate: '2008/1/1',
  contributions: [
    {
      period: '201601',
      insuType: '380',
      psnType: '13',
      personalAmt: '120',
      subsidyAmt: '420.5',
      payTime: '2015-10-15 10:20:00',
      poolArea: '532503',
      operator: '合管办',
    },
  ],
  claims: [],
};

describe('新农合 record mapping', () => {
  it('normalises codes, dates, periods and money, and upper-cases the check character', () => {
    const enrolment = toMedicalEnrolment(INSURED);
    expect([
      enrolment.idNumber,
      enrolment.insuranceType,
      enrolment.insuredCategory,
      enrolment.status,
      enrolment.enrolledOn,
    ]).toEqual(['53250319800101001X', 'NEW_RURAL_COOPERATIVE_MEDICAL', 'DESTITUTE', 'TERMINATED', '2008-01-01']);
    expect(enrolment.contributions).toEqual([
      {
        period: '2016-01',
        insuranceType: 'NEW_RURAL_COOPERATIVE_MEDICAL',
        insuredCategory: 'DESTITUTE',
        personalAmountFen: 12000,
        subsidyFen: 42050,
        paidAt: '2015-10-15T10:20:00+08:00',
        poolingArea: '532503',
        operator: '合管办',
      },
    ]);
  });

  it('refuses an insurance type it does not know with LEGACY_BAD_RESPONSE', () => {
    expect(() => toMedicalEnrolment({ ...INSURED, insuType: '399' })).toThrow(LegacyError);
    expect(() => toMedicalEnrolment({ ...INSURED, insuType: '399' })).toThrow('unknown insuType code "399"');
  });
});
