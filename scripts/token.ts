import { parseArgs } from 'node:util';
import { developmentTokenKey } from '../lib/auth/development-key';
import { Identity } from '../lib/auth/identity';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, identityFromClaims, mintToken, TOKEN_ROLES } from '../lib/auth/tokens';

const USAGE = `Mints a development token the gateway of \`npm start\` accepts (HS256, the data dir's key or AUTH_JWT_SECRET).

  npm run -s token -- --role CITIZEN --subject 532503198001010015
  npm run -s token -- --role WINDOW_CLERK --subject clerk-01 --window CW-LIVELIHOOD
  npm run -s token -- --role DEPARTMENT_OFFICER --subject officer-01 --department LYJ --ttl 8h
  npm run -s token -- --role TERMINAL --subject TM-F1-01

  --role        ${TOKEN_ROLES.join(' | ')} (repeat for several)
  --subject     CITIZEN: resident ID or credit code; TERMINAL: device id; staff: their id
  --window      the clerk's window (WINDOW_CLERK)
  --department  the officer's department (DEPARTMENT_OFFICER)
  --name        display name
  --ttl         lifetime: seconds, or 30m, 8h, 7d (default 1h)

Prints the token alone: send it as  Authorization: Bearer <token>`;

/** `3600`, `30m`, `8h`, `7d` → seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text);
  if (!match) throw new Error(`--ttl ${text}: expected seconds or a number with s, m, h or d`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/**
 * The token for the command line's identity, signed with `key`. The identity goes through the
 * gateway's own claim rules first, so a token that would be refused (a resident ID with a bad
 * checksum, a clerk without a window) is never minted.
 */
export async function tokenFromArguments(args: string[], key: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', multiple: true },
      subject: { type: 'string' },
      window: { type: 'string' },
      department: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
    },
  });
  if (!values.role?.length || !values.subject) throw new Error('--role and --subject are required');
  const identity: Identity = identityFromClaims({
    sub: values.subject,
    roles: values.role.map((role) => role.toUpperCase()),
    windowCode: values.window,
    departmentCode: values.department,
    name: values.name,
  });
  return mintToken(identity, {
    secret: key,
    issuer: env.AUTH_ISSUER ?? DEVELOPMENT_ISSUER,
    audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE,
    ttlSeconds: parseTtl(values.ttl!),
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    console.log(USAGE);
    process.exit(args.length === 0 ? 1 : 0);
  }
  tokenFromArguments(args, process.env.AUTH_JWT_SECRET ?? developmentTokenKey(), process.env).then(
    (token) => console.log(token),
    (error: Error) => {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(1);
    },
  );
}
