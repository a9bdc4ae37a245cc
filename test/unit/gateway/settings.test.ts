import { z } from 'zod';
import { DEFAULT_LEVERS, gatewaySettings, gatewayWorkers, leversFrom } from '../../../gateway/config';
import { loadConfig } from '../../../lib/config';

// Every gateway lever is a setting validated at start, with the default the lever's own file documents.
const LEVERS = [
  'GATEWAY_WORKERS',
  'GATEWAY_KEEP_ALIVE_FETCHER',
  'GATEWAY_REFERENCE_CACHE_MS',
  'GATEWAY_REFERENCE_SUBGRAPHS',
  'GATEWAY_RESPONSE_CACHE_MIB',
  'GATEWAY_RESULT_SHAPING',
  'GATEWAY_TOKEN_CACHE_SIZE',
  'PERSISTED_QUERIES',
  'PERSISTED_QUERIES_MANIFEST',
] as const;
/** The levers' part of the gateway's settings (the rest needs secrets and keys). */
const leverSettings = z.object(Object.fromEntries(LEVERS.map((name) => [name, gatewaySettings.shape[name]])));

test('the levers’ defaults', () => {
  expect(loadConfig(leverSettings, {})).toEqual({
    GATEWAY_WORKERS: 1,
    GATEWAY_KEEP_ALIVE_FETCHER: 'true',
    GATEWAY_REFERENCE_CACHE_MS: 5000,
    GATEWAY_REFERENCE_SUBGRAPHS: 'catalogue',
    GATEWAY_RESPONSE_CACHE_MIB: 32,
    GATEWAY_RESULT_SHAPING: 'planned',
    GATEWAY_TOKEN_CACHE_SIZE: 10_000,
    PERSISTED_QUERIES: undefined,
    PERSISTED_QUERIES_MANIFEST: undefined,
  });
});

test('bad values refuse the start, each named', () => {
  expect(() =>
    loadConfig(leverSettings, {
      GATEWAY_WORKERS: '0',
      GATEWAY_KEEP_ALIVE_FETCHER: 'yes',
      GATEWAY_REFERENCE_CACHE_MS: '-1',
      GATEWAY_RESPONSE_CACHE_MIB: '0.5',
      GATEWAY_RESULT_SHAPING: 'jit',
      GATEWAY_TOKEN_CACHE_SIZE: 'many',
      PERSISTED_QUERIES: 'strict',
    }),
  ).toThrow(
    [
      'Invalid configuration:',
      '  GATEWAY_WORKERS: Too small: expected number to be >=1',
      '  GATEWAY_KEEP_ALIVE_FETCHER: Invalid option: expected one of "true"|"false"',
      '  GATEWAY_REFERENCE_CACHE_MS: Too small: expected number to be >=0',
      '  GATEWAY_RESPONSE_CACHE_MIB: Invalid input: expected int, received number',
      '  GATEWAY_RESULT_SHAPING: Invalid option: expected one of "planned"|"apollo"',
      '  GATEWAY_TOKEN_CACHE_SIZE: Invalid input: expected number, received NaN',
      '  PERSISTED_QUERIES: Invalid option: expected one of "allow"|"enforce"',
    ].join('\n'),
  );
});

test('GATEWAY_WORKERS as the process reads it before it forks, validated as the settings are', () => {
  expect([gatewayWorkers({}), gatewayWorkers({ GATEWAY_WORKERS: '3' })]).toEqual([1, 3]);
  expect(() => gatewayWorkers({ GATEWAY_WORKERS: '1.5' })).toThrow(
    'Invalid configuration:\n  GATEWAY_WORKERS: Invalid input: expected int, received number',
  );
});

test('the levers one gateway process runs with, from the settings', () => {
  expect(DEFAULT_LEVERS).toEqual({
    keepAliveFetcher: true,
    referenceCacheMs: 5000,
    referenceSubgraphs: ['catalogue'],
    responseCacheMiB: 32,
    resultShaping: 'planned',
    tokenCacheSize: 10_000,
  });
  const settings = loadConfig(leverSettings, {
    GATEWAY_KEEP_ALIVE_FETCHER: 'false',
    GATEWAY_REFERENCE_CACHE_MS: '0',
    GATEWAY_REFERENCE_SUBGRAPHS: 'catalogue, queue',
    GATEWAY_RESPONSE_CACHE_MIB: '0',
    GATEWAY_RESULT_SHAPING: 'apollo',
    GATEWAY_TOKEN_CACHE_SIZE: '0',
  });
  expect(leversFrom(settings as Parameters<typeof leversFrom>[0])).toEqual({
    keepAliveFetcher: false,
    referenceCacheMs: 0,
    referenceSubgraphs: ['catalogue', 'queue'],
    responseCacheMiB: 0,
    resultShaping: 'apollo',
    tokenCacheSize: 0,
  });
});
