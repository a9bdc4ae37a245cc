import { loadConfig } from '../../../lib/config';
import { pensionsSettings } from '../../../subgraphs/pensions/config';

// Settings are validated at start: a service with a bad or missing setting refuses to start and
// names every one, and production refuses the legacy doubles' accounts.

/** What every subgraph needs besides its own settings: the signing secrets (its own, the audit log's) and the scrape token. */
const TRUST = {
  SUBGRAPH_SECRET: 'the-pensions-subgraph-signing-secret-01',
  SUBGRAPH_AUDIT_SECRET: 'the-audit-subgraph-signing-secret-0001',
  METRICS_TOKEN: 'the-prometheus-scrape-token-000000001',
};

test('every bad variable is named, with what is wrong', () => {
  expect(() =>
    loadConfig(pensionsSettings, {
      ...TRUST,
      PORT: 'eighty',
      PENSIONS_URL: 'pensions.local',
      PENSIONS_TIMEOUT_MS: '-5',
      LOG_LEVEL: 'loud',
    }),
  ).toThrow(
    [
      'Invalid configuration:',
      '  PORT: Invalid input: expected number, received NaN',
      '  LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"',
      '  PENSIONS_URL: Invalid URL',
      '  PENSIONS_TIMEOUT_MS: Too small: expected number to be >0',
    ].join('\n'),
  );
});

test('production refuses the double’s account, named variable by variable', () => {
  expect(() =>
    loadConfig(pensionsSettings, { ...TRUST, NODE_ENV: 'production', PENSIONS_URL: 'http://cxjmyl.wenlan.gov.cn' }),
  ).toThrow(
    [
      'Invalid configuration:',
      "  PENSIONS_USERNAME: is the local double's development default, refused with NODE_ENV=production",
      "  PENSIONS_PASSWORD: is the local double's development default, refused with NODE_ENV=production",
    ].join('\n'),
  );
});

test('production starts with real credentials; development with the double’s', () => {
  const production = {
    ...TRUST,
    NODE_ENV: 'production',
    PENSIONS_USERNAME: 'wenlan-hub',
    PENSIONS_PASSWORD: 'a real one',
  };
  expect(loadConfig(pensionsSettings, production)).toMatchObject({ PENSIONS_USERNAME: 'wenlan-hub', PORT: 4005 });
  expect(
    loadConfig(pensionsSettings, {
      SUBGRAPH_SECRET: TRUST.SUBGRAPH_SECRET,
      SUBGRAPH_AUDIT_SECRET: TRUST.SUBGRAPH_AUDIT_SECRET,
    }),
  ).toMatchObject({
    NODE_ENV: 'development',
    PENSIONS_USERNAME: 'wenlan-pension',
  });
});
