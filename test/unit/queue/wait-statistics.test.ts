import { countByHour, shanghaiHour, waitStatistics } from '../../../subgraphs/queue/services/wait-statistics';
import { formatTicketNumber } from '../../../subgraphs/queue/services/ticket-number';

describe('waitStatistics', () => {
  it('is null before anyone was called', () => {
    expect(waitStatistics([])).toEqual({ averageSeconds: null, p90Seconds: null });
  });

  it('takes the nearest-rank 90th percentile: the ⌈0.9·n⌉-th smallest wait', () => {
    expect(waitStatistics([600, 60, 540, 120, 480, 180, 420, 240, 360, 300])).toEqual({
      averageSeconds: 330,
      p90Seconds: 540,
    });
    expect(waitStatistics([60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 2400])).toEqual({
      averageSeconds: 518,
      p90Seconds: 600,
    });
    expect(waitStatistics([42])).toEqual({ averageSeconds: 42, p90Seconds: 42 });
  });

  it('rounds the average to the nearest second', () => {
    expect(waitStatistics([1, 2])).toEqual({ averageSeconds: 2, p90Seconds: 2 });
    expect(waitStatistics([1, 1, 2])).toEqual({ averageSeconds: 1, p90Seconds: 2 });
  });
});

describe('hours of the day', () => {
  it('are Asia/Shanghai hours, midnight included', () => {
    expect(shanghaiHour(new Date('2025-11-03T16:00:00Z'))).toBe(0);
    expect(shanghaiHour(new Date('2025-11-03T15:59:59Z'))).toBe(23);
  });

  it('count instants per hour, in order, leaving out empty hours', () => {
    const instants = ['2025-11-03T02:10:00Z', '2025-11-03T01:59:59Z', '2025-11-03T01:00:00Z'].map(
      (iso) => new Date(iso),
    );
    expect(countByHour(instants)).toEqual([
      { hour: 9, count: 2 },
      { hour: 10, count: 1 },
    ]);
  });
});

describe('ticket numbers', () => {
  it('are A and three digits, growing past 999 rather than wrapping', () => {
    expect([1, 42, 999, 1000].map(formatTicketNumber)).toEqual(['A001', 'A042', 'A999', 'A1000']);
  });
});
