import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { TokenRefused, TokenVerifier } from '../lib/auth/tokens';

/**
 * Who is asking, from the `Authorization: Bearer <JWT>` header (lib/auth/tokens.ts): the verified
 * identity goes to `res.locals` (read with `requestIdentity(res)`), null without a header —
 * anonymous, for whom only the public catalogue and calendar answer. A header with a token the
 * hub does not accept is refused outright with 401, rather than served as anonymous, so that a
 * client with an expired token learns so instead of seeing its data vanish.
 */
export function authenticate(verifyToken: TokenVerifier): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    if (!header) {
      res.locals.identity = null;
      return next();
    }
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header)?.[1];
    try {
      if (!token) throw new TokenRefused('The Authorization header must be `Bearer <JWT>`');
      res.locals.identity = await verifyToken(token);
      next();
    } catch (error) {
      if (!(error instanceof TokenRefused)) return next(error);
      res
        .status(401)
        .set('www-authenticate', 'Bearer error="invalid_token"')
        .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}
