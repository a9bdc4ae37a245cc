import type { RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';

/**
 * `/metrics` behind a bearer scrape token (METRICS_TOKEN; Prometheus sends it with
 * `authorization: { credentials_file: … }`): the figures tell how the services and the legacy
 * systems behave, which is nobody's business but operations'. Open when no token is configured,
 * which only development allows (each service's settings refuse it with NODE_ENV=production).
 */
export function requireMetricsToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = Buffer.from(`Bearer ${token}`);
  return (req, res, next) => {
    const presented = Buffer.from(req.get('authorization') ?? '');
    if (presented.length === expected.length && timingSafeEqual(presented, expected)) return next();
    res
      .status(401)
      .set('www-authenticate', 'Bearer realm="metrics"')
      .type('text/plain')
      .send('metrics need the scrape token\n');
  };
}
