import {
  parseTerminalCredentials,
  terminalAuthenticator,
} from '../../../subgraphs/queue/terminal/terminal-credentials';

const CREDENTIALS = [
  { id: 'ST-F1-01', name: '一楼自助服务终端1号', zoneCode: 'MZ-F1-L', key: 'key-of-the-first-terminal' },
  { id: 'TM-F2-01', name: '二楼取号机', zoneCode: 'MZ-F2-L', key: 'key-of-the-ticket-machine' },
];

describe('terminalAuthenticator', () => {
  const authenticate = terminalAuthenticator(CREDENTIALS);

  it('knows each terminal by its own key, without handing the key on', () => {
    expect(authenticate('key-of-the-ticket-machine')).toEqual({
      id: 'TM-F2-01',
      name: '二楼取号机',
      zoneCode: 'MZ-F2-L',
    });
  });

  it('knows nobody by a missing, empty, wrong or truncated key', () => {
    expect([undefined, '', 'key-of-the-first', 'KEY-OF-THE-FIRST-TERMINAL'].map(authenticate)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('parseTerminalCredentials', () => {
  it('reads the configured JSON list', () => {
    expect(parseTerminalCredentials(JSON.stringify(CREDENTIALS))).toEqual(CREDENTIALS);
  });

  it('refuses what is not JSON, and keys too short to be secret, naming the entry', () => {
    expect(() => parseTerminalCredentials('ST-F1-01=abc')).toThrow(
      'QUEUE_TERMINALS is not JSON: expected [{ "id", "name", "zoneCode", "key" }]',
    );
    expect(() => parseTerminalCredentials(JSON.stringify([{ ...CREDENTIALS[0], key: 'short' }]))).toThrow(
      'QUEUE_TERMINALS: 0.key a terminal key must have at least 16 characters',
    );
  });
});
