import { findResident } from '../../../../adapters/kit/population';
import {
  BIRTH_REGISTRATIONS,
  PARTY_MEMBERS,
  SUBSISTENCE_ALLOWANCES,
} from '../../../../adapters/party-building/mock/records';

describe('the party-building double’s seeded records', () => {
  it('hold the issue’s named records first', () => {
    expect(PARTY_MEMBERS[0]).toMatchObject({ idCard: '532503199207040038', joinDate: '2016/7/1', duesPaid: '120.00' });
    expect(BIRTH_REGISTRATIONS[0]).toMatchObject({
      idCard: '532503199207040038',
      registrationNo: 'SYDJ532503-2021-0008',
    });
    expect(SUBSISTENCE_ALLOWANCES[0]).toMatchObject({
      idCard: '532503196503150027',
      status: '01',
      monthlyAmount: '510.00',
    });
  });

  it('belong to the seeded population, with generated ones besides the named', () => {
    for (const records of [PARTY_MEMBERS, BIRTH_REGISTRATIONS, SUBSISTENCE_ALLOWANCES]) {
      expect(records.filter((record) => !findResident(record.idCard))).toEqual([]);
      expect(records.length).toBeGreaterThan(3);
    }
    expect(new Set(PARTY_MEMBERS.map((member) => member.idCard)).size).toBe(PARTY_MEMBERS.length);
  });

  it('write money as yuan with two decimals and dates as yyyy/M/d, as the real system does', () => {
    expect(
      PARTY_MEMBERS.filter(
        (member) => !/^\d+\.\d{2}$/.test(member.duesPaid) || !/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(member.joinDate),
      ),
    ).toEqual([]);
    expect(SUBSISTENCE_ALLOWANCES.filter((allowance) => !/^\d+\.\d{2}$/.test(allowance.monthlyAmount))).toEqual([]);
  });
});
