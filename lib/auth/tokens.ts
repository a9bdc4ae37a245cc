import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { creditCodeProblem, residentIdProblem } from '../identity';
import type { Identity, Role } from './identity';

/**
 * Bearer tokens as the gateway accepts them: a JWT from the city's identity provider (keys from
 * its JWKS URL) in production, or HS256 with a development key (`npm run token`). Either way the
 * issuer and audience are checked, and the claims must make a valid `Identity`:
 *
 * | claim            | meaning                                                              |
 * |------------------|----------------------------------------------------------------------|
 * | `sub`            | CITIZEN: resident ID or credit code (checksum valid); TERMINAL: device id; others: staff id |
 * | `roles`          | one or more of CITIZEN, WINDOW_CLERK, DEPARTMENT_OFFICER, SUPERVISOR, ADMIN, TERMINAL |
 * | `windowCode`     | required with WINDOW_CLERK                                           |
 * | `departmentCode` | required with DEPARTMENT_OFFICER                                     |
 * | `name`           | display name, optional                                               |
 *
 * SYSTEM is never a token's: only a hub service's own signed call carries it.
 */
export const TOKEN_ROLES = [
  'CITIZEN',
  'WINDOW_CLERK',
  'DEPARTMENT_OFFICER',
  'SUPERVISOR',
  'ADMIN',
  'TERMINAL',
] as const;

export const DEVELOPMENT_ISSUER = 'mengzi-hub-development';
export const DEFAULT_AUDIENCE = 'mengzi-one-window-hub';

/** A token the gateway does not accept; the message says why, for the 401 answer. */
export class TokenRefused extends Error {}

const claimsSchema = z
  .object({
    sub: z.string().min(1).max(64),
    roles: z.array(z.enum(TOKEN_ROLES)).min(1),
    windowCode: z.string().min(1).max(40).optional(),
    departmentCode: z.string().min(1).max(40).optional(),
    name: z.string().min(1).max(100).optional(),
  })
  .superRefine((claims, ctx) => {
    const has = (role: Role) => claims.roles.includes(role as (typeof TOKEN_ROLES)[number]);
    if (has('CITIZEN') && residentIdProblem(claims.sub) && creditCodeProblem(claims.sub)) {
      ctx.addIssue({ code: 'custom', path: ['sub'], message: 'a CITIZEN must be a valid resident ID or credit code' });
    }
    if (has('WINDOW_CLERK') && !claims.windowCode) {
      ctx.addIssue({ code: 'custom', path: ['windowCode'], message: 'a WINDOW_CLERK needs a window' });
    }
    if (has('DEPARTMENT_OFFICER') && !claims.departmentCode) {
      ctx.addIssue({ code: 'custom', path: ['departmentCode'], message: 'a DEPARTMENT_OFFICER needs a department' });
    }
  });

/** The identity a token's claims make; TokenRefused naming every bad claim otherwise. */
export function identityFromClaims(payload: JWTPayload): Identity {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'claims'}: ${issue.message}`);
    throw new TokenRefused(`The token's claims are not a valid identity (${problems.join('; ')})`);
  }
  const { sub, roles, windowCode, departmentCode, name } = parsed.data;
  return {
    subject: roles.includes('CITIZEN') ? sub.toUpperCase() : sub,
    roles: [...new Set(roles)],
    ...(windowCode ? { windowCode } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(name ? { name } : {}),
  };
}

export interface TokenSettings {
  /** HS256 development key (AUTH_JWT_SECRET). */
  secret?: string;
  /** The identity provider's key set (AUTH_JWKS_URL). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (token: string) => Promise<Identity>;

const secretKey = (secret: string) => new TextEncoder().encode(secret);

/** Verifies a bearer token and maps it to its identity; throws TokenRefused with the reason. */
export function tokenVerifier({ secret, jwksUrl, issuer, audience }: TokenSettings): TokenVerifier {
  const key = jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : secret ? secretKey(secret) : undefined;
  if (!key) throw new Error('tokens need AUTH_JWKS_URL or AUTH_JWT_SECRET');
  const algorithms = jwksUrl ? ['RS256', 'PS256', 'ES256', 'EdDSA'] : ['HS256'];
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = (
        await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
          issuer,
          audience,
          algorithms,
          clockTolerance: 5,
        })
      ).payload;
    } catch (error) {
      throw new TokenRefused(refusalOf(error));
    }
    return identityFromClaims(payload);
  };
}

function refusalOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  return 'The token is not a valid JWT for this hub';
}

export interface MintOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds (default one hour). */
  ttlSeconds?: number;
}

/** A development token for an identity, signed HS256 with the development key (`npm run token`, tests). */
export function mintToken(
  identity: Identity,
  { secret, issuer = DEVELOPMENT_ISSUER, audience = DEFAULT_AUDIENCE, ttlSeconds = 3600 }: MintOptions,
): Promise<string> {
  const { subject, roles, windowCode, departmentCode, name } = identity;
  return new SignJWT({ roles, windowCode, departmentCode, name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(secretKey(secret));
}
