import { parseTerminals, terminalRegistry } from '../../../subgraphs/queue/terminal/terminals';

const TERMINALS = [
  { id: 'ST-F1-01', name: '一楼自助服务终端1号', zoneCode: 'MZ-F1-L' },
  { id: 'TM-F2-01', name: '二楼取号机', zoneCode: 'MZ-F2-L' },
];

describe('terminalRegistry', () => {
  const terminalOf = terminalRegistry(TERMINALS);

  it('knows a registered device by the TERMINAL identity the gateway verified', () => {
    expect(terminalOf({ subject: 'TM-F2-01', roles: ['TERMINAL'] })).toEqual({
      id: 'TM-F2-01',
      name: '二楼取号机',
      zoneCode: 'MZ-F2-L',
    });
  });

  it('knows no device for anonymous, another role with a device id, or an unregistered device', () => {
    expect(
      [
        null,
        { subject: 'TM-F2-01', roles: ['WINDOW_CLERK' as const], windowCode: 'CW-LIVELIHOOD' },
        { subject: 'TM-F9-99', roles: ['TERMINAL' as const] },
      ].map(terminalOf),
    ).toEqual([null, null, null]);
  });
});

describe('parseTerminals', () => {
  it('reads the configured JSON list', () => {
    expect(parseTerminals(JSON.stringify(TERMINALS))).toEqual(TERMINALS);
  });

  it('refuses what is not JSON, and entries without a zone, naming the entry', () => {
    expect(() => parseTerminals('ST-F1-01=abc')).toThrow(
      'QUEUE_TERMINALS is not JSON: expected [{ "id", "name", "zoneCode" }]',
    );
    expect(() => parseTerminals(JSON.stringify([{ id: 'ST-F1-01', name: 'x' }]))).toThrow(
      'QUEUE_TERMINALS: 0.zoneCode Invalid input: expected string, received undefined',
    );
  });
});
