import {
  fenToYuan,
  instantToShanghaiIso,
  legacyDateToIso,
  legacyPeriodToIso,
  yuanToFen,
} from '../../../../adapters/kit';

describe('dates', () => {
  it('read the three legacy forms, leap days included', () => {
    expect(['20260101', '2026-01-01', '2026/1/1', '2000/2/29', '20000229'].map(legacyDateToIso)).toEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-01-01',
      '2000-02-29',
      '2000-02-29',
    ]);
  });

  it('refuse impossible or unknown dates', () => {
    expect(() => legacyDateToIso('20260230')).toThrow('not a valid date: "20260230"');
    expect(() => legacyDateToIso('2026.01.01')).toThrow('not a valid date: "2026.01.01"');
  });

  it('read periods yyyyMM', () => {
    expect([legacyPeriodToIso('202601'), legacyPeriodToIso('2026-12')]).toEqual(['2026-01', '2026-12']);
    expect(() => legacyPeriodToIso('202613')).toThrow('not a valid period (yyyyMM): "202613"');
  });

  it('read wall-clock instants as Beijing time and honour explicit zones', () => {
    expect([
      instantToShanghaiIso('2026-01-01 08:30:00'),
      instantToShanghaiIso('20260101083000'),
      instantToShanghaiIso('2025-12-31T16:30:00Z'),
      instantToShanghaiIso(new Date('2025-12-31T16:30:00Z')),
    ]).toEqual([
      '2026-01-01T08:30:00+08:00',
      '2026-01-01T08:30:00+08:00',
      '2026-01-01T00:30:00+08:00',
      '2026-01-01T00:30:00+08:00',
    ]);
  });
});

describe('money', () => {
  it('yuan to integer fen without floating point', () => {
    expect([
      yuanToFen('12.30'),
      yuanToFen(12.3),
      yuanToFen('0.07'),
      yuanToFen(0.8),
      yuanToFen('4826.4'),
      yuanToFen('-3.05'),
      yuanToFen('12'),
    ]).toEqual([1230, 1230, 7, 80, 482640, -305, 1200]);
  });

  it('refuses what is not money rather than rounding it', () => {
    expect(() => yuanToFen('12.345')).toThrow('not a valid amount in yuan: "12.345"');
    expect(() => yuanToFen(0.1 + 0.2)).toThrow('not a valid amount in yuan: 0.30000000000000004');
    expect(() => yuanToFen('¥12')).toThrow('not a valid amount in yuan: "¥12"');
  });

  it('fen to yuan with two decimals', () => {
    expect([fenToYuan(1230), fenToYuan(7), fenToYuan(0), fenToYuan(-305), fenToYuan(16850)]).toEqual([
      '12.30',
      '0.07',
      '0.00',
      '-3.05',
      '168.50',
    ]);
  });
});
