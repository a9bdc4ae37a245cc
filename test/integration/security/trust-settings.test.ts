import { gatewaySettings } from '../../../gateway/config';
import { loadConfig } from '../../../lib/config';
import { SUBGRAPHS } from '../../../lib/services';
import { pensionsSettings } from '../../../subgraphs/pensions/config';

/**
 * The secrets are validated at start: a subgraph without its signing secret does not start; a
 * production gateway needs the identity provider's JWKS, refuses a development key and issuer,
 * and every production service needs the metrics scrape token.
 */
const secretOf = (name: string) => `the-${name}-subgraph-signing-secret-0001`;
const CALLER_SECRETS = Object.fromEntries(
  SUBGRAPHS.map(({ name }) => [`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_SECRET`, secretOf(name)]),
);
const METRICS_TOKEN = 'the-prometheus-scrape-token-000000001';

/** The audit log's secret, which every subgraph that records access signs with. */
const AUDIT = { SUBGRAPH_AUDIT_SECRET: secretOf('audit') };

test('a subgraph refuses to start without its signing secret, or with a short one', () => {
  expect(() => loadConfig(pensionsSettings, AUDIT)).toThrow(
    'Invalid configuration:\n  SUBGRAPH_SECRET: Invalid input: expected string, received undefined',
  );
  expect(() => loadConfig(pensionsSettings, { ...AUDIT, SUBGRAPH_SECRET: 'short' })).toThrow(
    'Invalid configuration:\n  SUBGRAPH_SECRET: a signing secret needs at least 32 characters',
  );
});

test('in production a subgraph also needs the metrics scrape token', () => {
  const production = {
    ...AUDIT,
    NODE_ENV: 'production',
    SUBGRAPH_SECRET: secretOf('pensions'),
    PENSIONS_USERNAME: 'wenlan-hub',
    PENSIONS_PASSWORD: 'a real one',
  };
  expect(() => loadConfig(pensionsSettings, production)).toThrow(
    'Invalid configuration:\n  METRICS_TOKEN: is required with NODE_ENV=production',
  );
  expect(loadConfig(pensionsSettings, { ...production, METRICS_TOKEN })).toMatchObject({ METRICS_TOKEN });
});

test('the gateway needs every subgraph’s secret, and a way to verify tokens', () => {
  expect(() => loadConfig(gatewaySettings, { AUTH_JWT_SECRET: 'the-development-token-key-000000001' })).toThrow(
    SUBGRAPHS.map(
      ({ name }) =>
        `  SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_SECRET: Invalid input: expected string, received undefined`,
    ).join('\n'),
  );
  expect(() => loadConfig(gatewaySettings, CALLER_SECRETS)).toThrow(
    'Invalid configuration:\n  AUTH_JWKS_URL: tokens need AUTH_JWKS_URL (production) or AUTH_JWT_SECRET (development)',
  );
});

test('a production gateway refuses a development key and issuer, and starts with JWKS', () => {
  const production = { ...CALLER_SECRETS, NODE_ENV: 'production' };
  expect(() =>
    loadConfig(gatewaySettings, { ...production, AUTH_JWT_SECRET: 'the-development-token-key-000000001' }),
  ).toThrow(
    [
      'Invalid configuration:',
      '  AUTH_JWKS_URL: is required with NODE_ENV=production',
      '  AUTH_JWT_SECRET: is a development key, refused with NODE_ENV=production',
      '  AUTH_ISSUER: is the development issuer, refused with NODE_ENV=production',
      '  METRICS_TOKEN: is required with NODE_ENV=production',
    ].join('\n'),
  );
  const identityProvider = {
    AUTH_JWKS_URL: 'https://sso.mengzi.gov.cn/realms/one-window/protocol/openid-connect/certs',
    AUTH_ISSUER: 'https://sso.mengzi.gov.cn/realms/one-window',
    METRICS_TOKEN,
  };
  expect(loadConfig(gatewaySettings, { ...production, ...identityProvider })).toMatchObject({
    ...identityProvider,
    AUTH_AUDIENCE: 'mengzi-one-window-hub',
  });
});
