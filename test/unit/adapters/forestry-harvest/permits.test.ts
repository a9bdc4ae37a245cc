import { HARVEST_PERMITS } from '../../../../adapters/forestry-harvest/mock/permits';
import { answerCxxkz } from '../../../../adapters/forestry-harvest/mock';
import { findResident, NAMED_ENTERPRISES } from '../../../../adapters/kit/population';

describe('the harvest double’s seeded permits', () => {
  it('gives the forest farmer two permits and the timber company one', () => {
    expect(
      answerCxxkz({ SFZH: ['532503198001010015', '91532503MA6K123404'] }).XKZ?.map((permit) => permit.XKZH),
    ).toEqual(['CF2019-0001', 'CF2020-0002', 'CF2019-0003']);
  });

  it('holds only permits of the seeded population, each number once, all granted before transport permits were abolished', () => {
    const holders = new Set(HARVEST_PERMITS.map((permit) => permit.SFZH));
    holders.delete(NAMED_ENTERPRISES.timberCompany.creditCode);
    expect([...holders].filter((id) => !findResident(id))).toEqual([]);
    expect(new Set(HARVEST_PERMITS.map((permit) => permit.XKZH)).size).toBe(HARVEST_PERMITS.length);
    expect(HARVEST_PERMITS.filter((permit) => permit.PZRQ >= '2020-07-01')).toEqual([]);
    expect(HARVEST_PERMITS.length).toBeGreaterThan(10);
  });

  it('refuses an empty query with FHDM 1', () => {
    expect(answerCxxkz({})).toEqual({ FHDM: '1', FHXX: '参数错误: SFZH 或 XKZH 不能为空' });
  });
});
