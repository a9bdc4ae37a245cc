import { z } from 'zod';
import { loadConfig } from '../../lib/config';
import { loadCallSettings } from '../kit';
import { HealthInsuranceClientOptions } from './client';
import { DOUBLE_CREDENTIALS } from './mock';

/**
 * Where the 新农合 system is and how to log in, from the environment. The defaults point at the
 * local double (`npm run mock -- health-insurance`); a real endpoint is only these variables.
 */
export function healthInsuranceClientConfig(
  env: NodeJS.ProcessEnv = process.env,
): Omit<HealthInsuranceClientOptions, 'logger'> {
  const config = loadConfig(
    z.object({
      HEALTH_INSURANCE_URL: z.url().default('http://127.0.0.1:4104'),
      HEALTH_INSURANCE_USERNAME: z.string().min(1).default(DOUBLE_CREDENTIALS.username),
      HEALTH_INSURANCE_PASSWORD: z.string().min(1).default(DOUBLE_CREDENTIALS.password),
    }),
    env,
  );
  return {
    baseUrl: config.HEALTH_INSURANCE_URL,
    username: config.HEALTH_INSURANCE_USERNAME,
    password: config.HEALTH_INSURANCE_PASSWORD,
    settings: loadCallSettings('HEALTH_INSURANCE', env),
  };
}
