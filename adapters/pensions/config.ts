import { z } from 'zod';
import { loadConfig } from '../../lib/config';
import { loadCallSettings } from '../kit';
import { PensionsClientOptions } from './client';
import { DOUBLE_CREDENTIALS } from './mock';

/**
 * Where the pension system is and its UsernameToken, from the environment. The defaults point at
 * the local double (`npm run mock -- pensions`); a real endpoint is only these variables.
 */
export function pensionsClientConfig(env: NodeJS.ProcessEnv = process.env): Omit<PensionsClientOptions, 'logger'> {
  const config = loadConfig(
    z.object({
      PENSIONS_URL: z.url().default('http://127.0.0.1:4105'),
      PENSIONS_USERNAME: z.string().min(1).default(DOUBLE_CREDENTIALS.username),
      PENSIONS_PASSWORD: z.string().min(1).default(DOUBLE_CREDENTIALS.password),
    }),
    env,
  );
  return {
    baseUrl: config.PENSIONS_URL,
    username: config.PENSIONS_USERNAME,
    password: config.PENSIONS_PASSWORD,
    settings: loadCallSettings('PENSIONS', env),
  };
}
