import { HARVEST_PERMITS } from '../../../../adapters/forestry-harvest/mock/permits';
import { cubicMetresToLitres } from '../../../../adapters/forestry-harvest';
import { answerQuery } from '../../../../adapters/forestry-transport/mock';
import { TRANSPORT_PERMITS } from '../../../../adapters/forestry-transport/mock/permits';

const litresDrawnOn = (harvestPermit: string) =>
  TRANSPORT_PERMITS.filter((transport) => transport.cfxkzh === harvestPermit).reduce(
    (sum, transport) => sum + cubicMetresToLitres(transport.ysl),
    0,
  );

describe('the transport double’s seeded permits', () => {
  it('draw only on seeded harvest permits, issued after them and before 2020-07-01', () => {
    const harvest = new Map(HARVEST_PERMITS.map((permit) => [permit.XKZH, permit]));
    for (const transport of TRANSPORT_PERMITS) {
      const permit = harvest.get(transport.cfxkzh)!;
      expect(permit.SFZH).toBe(transport.hzzjhm);
      expect(transport.qfrq > permit.PZRQ.replace(/-/g, '')).toBe(true);
      expect(transport.qfrq < '20200701').toBe(true);
    }
  });

  it('over-draw exactly one harvest permit: the timber company’s CF2019-0003', () => {
    const overdrawn = HARVEST_PERMITS.filter(
      (permit) => litresDrawnOn(permit.XKZH) > cubicMetresToLitres(permit.CFXJ),
    ).map((permit) => permit.XKZH);
    expect(overdrawn).toEqual(['CF2019-0003']);
  });

  it('answer 1004 查无记录 rather than an empty list, and 1001 for a body that is not JSON', () => {
    expect(answerQuery(Buffer.from(JSON.stringify({ hzzjhm: ['532503200002290055'] })))).toEqual({
      code: '1004',
      msg: '查无记录',
      data: null,
    });
    expect(answerQuery(Buffer.from('hzzjhm=1'))).toEqual({
      code: '1001',
      msg: '参数错误: 请求不是合法的JSON',
      data: null,
    });
  });
});
