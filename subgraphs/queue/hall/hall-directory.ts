import { systemRequestHeaders } from '../../../lib/auth/signed-request';
import { hubError } from '../../../lib/errors';

/** A zone of the hall and its windows, as the catalogue lists them. */
export interface HallZoneLayout {
  code: string;
  windowCodes: string[];
}

/**
 * What the queue needs of the catalogue's hall: which zones exist and which windows each has.
 * The HTTP one asks the catalogue subgraph; tests may pass a fixed layout.
 */
export interface HallDirectory {
  zones(): Promise<HallZoneLayout[]>;
}

interface HallZonesAnswer {
  data?: { hallZones: { code: string; windows: { code: string }[] }[] } | null;
  errors?: unknown[];
}

const HALL_QUERY = JSON.stringify({ query: 'query QueueHall { hallZones { code windows { code } } }' });

/**
 * The hall layout asked of the catalogue subgraph directly (service to service, signed as SYSTEM
 * `queue` with the catalogue's secret), on every use.
 */
export function catalogueHallDirectory(url: string, secret: string, timeoutMs = 5000): HallDirectory {
  return {
    async zones() {
      let body: HallZonesAnswer | null;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: systemRequestHeaders('queue', secret, HALL_QUERY),
          body: HALL_QUERY,
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = (await response.json()) as HallZonesAnswer;
      } catch (error) {
        throw hubError('UPSTREAM_UNAVAILABLE', `the catalogue did not answer: ${(error as Error).message}`, {
          service: 'catalogue',
        });
      }
      if (!body?.data || body.errors?.length) {
        throw hubError('UPSTREAM_UNAVAILABLE', 'the catalogue did not list the hall', { service: 'catalogue' });
      }
      return body.data.hallZones.map((zone) => ({
        code: zone.code,
        windowCodes: zone.windows.map((window) => window.code),
      }));
    },
  };
}

/** A fixed layout (unit tests, or a hall run without the catalogue). */
export function fixedHallDirectory(layout: HallZoneLayout[]): HallDirectory {
  return { zones: async () => layout };
}
