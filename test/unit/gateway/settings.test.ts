import { z } from 'zod';
import { gatewaySettings } from '../../../gateway/config';
import { gatewayWorkers } from '../../../gateway/workers';
import { loadConfig } from '../../../lib/config';

// Every gateway lever is a setting validated at start, with the default the lever's own file documents.
const LEVERS = [
  'GATEWAY_WORKERS',
  'GATEWAY_KEEP_ALIVE_FETCHER',
  'GATEWAY_REFERENCE_CACHE_MS',
  'GATEWAY_REFERENCE_SUBGRAPHS',
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
      PERSISTED_QUERIES: 'strict',
    }),
  ).toThrow(
    [
      'Invalid configuration:',
      '  GATEWAY_WORKERS: Too small: expected number to be >=1',
      '  GATEWAY_KEEP_ALIVE_FETCHER: Invalid option: expected one of "true"|"false"',
      '  GATEWAY_REFERENCE_CACHE_MS: Too small: expected number to be >=0',
      '  PERSISTED_QUERIES: Invalid option: expected one of "allow"|"enforce"',
    ].join('\n'),
  );
});

test('GATEWAY_WORKERS as the process reads it before it forks', () => {
  expect([gatewayWorkers({}), gatewayWorkers({ GATEWAY_WORKERS: '3' })]).toEqual([1, 3]);
  expect(() => gatewayWorkers({ GATEWAY_WORKERS: '1.5' })).toThrow(
    'GATEWAY_WORKERS must be a positive integer, got 1.5',
  );
});
