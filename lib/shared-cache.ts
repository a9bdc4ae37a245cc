// types only: the interface Apollo Server's `cache` option takes (a dependency of @apollo/server)
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';
import { Logger } from './logger';

/**
 * A cache every replica shares, in Redis: what one gateway replica learnt (an automatic persisted
 * query's text) the others find. A cache outage costs only misses: a failed read is a miss and a
 * failed write is skipped, each logged, and no command waits long.
 */
export class RedisCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly prefix = 'hub:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.logger.warn({ err: error }, 'shared cache read failed; treated as a miss');
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', options.ttl);
      else await this.redis.set(this.prefix + key, value);
    } catch (error) {
      this.logger.warn({ err: error }, 'shared cache write failed; skipped');
    }
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key).catch(() => 0)) > 0;
  }
}

/**
 * The gateway's cache: Redis at `redisUrl` when configured (several replicas), otherwise none, so
 * Apollo Server keeps its own bounded in-memory cache (one process). `close` disconnects.
 */
export function sharedCache(
  redisUrl: string | undefined,
  logger: Logger,
  prefix?: string,
): { cache?: RedisCache; close(): Promise<void> } {
  if (!redisUrl) return { close: async () => undefined };
  // a command waits at most 500 ms (connecting included): a slow or absent Redis is a miss, not a stall
  const redis = new Redis(redisUrl, { commandTimeout: 500, maxRetriesPerRequest: 1 });
  redis.on('error', (error) => logger.warn({ err: error }, 'shared cache connection problem'));
  return {
    cache: new RedisCache(redis, logger, prefix),
    close: async () => void (await redis.quit().catch(() => undefined)),
  };
}
