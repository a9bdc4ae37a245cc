import { DEVELOPMENT_ISSUER, DEFAULT_AUDIENCE, tokenVerifier } from '../../../lib/auth/tokens';
import { parseTtl, tokenFromArguments } from '../../../scripts/token';

/**
 * `npm run token -- …` (scripts/token.ts): a token per role that the gateway's verifier accepts
 * as exactly that identity, and no token for an identity the gateway would refuse.
 */
const KEY = 'the-development-key-of-this-data-dir-000';
const verify = tokenVerifier({ secret: KEY, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
const mint = (line: string) => tokenFromArguments(line.split(' '), KEY);

test('mints a token for each role that verifies as that identity', async () => {
  const lines = [
    '--role CITIZEN --subject 532503198001010015',
    '--role CITIZEN --subject 91532503ma6k123404',
    '--role WINDOW_CLERK --subject clerk-01 --window CW-LIVELIHOOD --name 王芳',
    '--role DEPARTMENT_OFFICER --subject officer-01 --department LYJ --ttl 8h',
    '--role SUPERVISOR --subject supervisor-01',
    '--role admin --subject admin-01 --role SUPERVISOR',
    '--role TERMINAL --subject TM-F1-01 --ttl 7d',
  ];
  const identities = await Promise.all(lines.map(async (line) => verify(await mint(line))));
  expect(identities).toEqual([
    { subject: '532503198001010015', roles: ['CITIZEN'] },
    { subject: '91532503MA6K123404', roles: ['CITIZEN'] },
    { subject: 'clerk-01', roles: ['WINDOW_CLERK'], windowCode: 'CW-LIVELIHOOD', name: '王芳' },
    { subject: 'officer-01', roles: ['DEPARTMENT_OFFICER'], departmentCode: 'LYJ' },
    { subject: 'supervisor-01', roles: ['SUPERVISOR'] },
    { subject: 'admin-01', roles: ['ADMIN', 'SUPERVISOR'] },
    { subject: 'TM-F1-01', roles: ['TERMINAL'] },
  ]);
});

test('refuses what the gateway would refuse, naming why', async () => {
  await expect(mint('--role CITIZEN --subject 532503198001010016')).rejects.toThrow(
    "The token's claims are not a valid identity (sub: a CITIZEN must be a valid resident ID or credit code)",
  );
  await expect(mint('--role DEPARTMENT_OFFICER --subject officer-01')).rejects.toThrow(
    "The token's claims are not a valid identity (departmentCode: a DEPARTMENT_OFFICER needs a department)",
  );
  await expect(mint('--subject 532503198001010015')).rejects.toThrow('--role and --subject are required');
});

test('reads lifetimes in seconds, minutes, hours and days', () => {
  expect(['90', '30m', '8h', '7d'].map(parseTtl)).toEqual([90, 1800, 28_800, 604_800]);
  expect(() => parseTtl('1w')).toThrow('--ttl 1w: expected seconds or a number with s, m, h or d');
});
