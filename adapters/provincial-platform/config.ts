import { z } from 'zod';
import { credential } from '../../lib/config';
import { callSettingsFrom, callSettingsShape } from '../kit';
import { PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS } from './mock/platform';

/**
 * The settings of a service that talks to the provincial platform: where it is, the hub's app id
 * and secret, and how it is called. The defaults are the local double's; production refuses them.
 */
export const provincialPlatformSettings = {
  PROVINCIAL_PLATFORM_URL: z.url().default('http://127.0.0.1:4107'),
  PROVINCIAL_PLATFORM_APP_ID: credential(PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appId),
  PROVINCIAL_PLATFORM_APP_SECRET: credential(PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appSecret, { secret: true }),
  ...callSettingsShape('PROVINCIAL_PLATFORM'),
};

type ProvincialPlatformConfig = {
  [K in keyof typeof provincialPlatformSettings]: z.infer<(typeof provincialPlatformSettings)[K]>;
};

/** The client's options (but the logger) from parsed settings. */
export function provincialPlatformClientConfig(config: ProvincialPlatformConfig) {
  return {
    url: config.PROVINCIAL_PLATFORM_URL,
    appId: config.PROVINCIAL_PLATFORM_APP_ID,
    appSecret: config.PROVINCIAL_PLATFORM_APP_SECRET,
    ...callSettingsFrom('PROVINCIAL_PLATFORM', config),
  };
}
