import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { hubError } from '../../../lib/errors';

/**
 * Self-service terminals and ticket machines, each with its own API key. Until the security issue
 * lands this module is the whole of device authentication: the queue subgraph reads the key from
 * the `X-Terminal-Key` header and checks it against the configured list. Moving the check to the
 * gateway means replacing `authenticateTerminal` with reading the identity the gateway forwards.
 */
export const TERMINAL_KEY_HEADER = 'x-terminal-key';

export interface Terminal {
  id: string;
  name: string;
  /** The hall zone the device stands in: where its tickets go unless another is chosen. */
  zoneCode: string;
}

export const TerminalCredentialsSchema = z.array(
  z.object({
    id: z.string().min(1).max(40),
    name: z.string().min(1),
    zoneCode: z.string().min(1),
    key: z.string().min(16, 'a terminal key must have at least 16 characters'),
  }),
);
export type TerminalCredential = z.infer<typeof TerminalCredentialsSchema>[number];

/** QUEUE_TERMINALS as configured (JSON), validated: a bad list stops the service at start. */
export function parseTerminalCredentials(json: string): TerminalCredential[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('QUEUE_TERMINALS is not JSON: expected [{ "id", "name", "zoneCode", "key" }]');
  }
  const result = TerminalCredentialsSchema.safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `QUEUE_TERMINALS: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/**
 * The devices of a development hall (`npm start`), with keys anyone can read here: a deployment
 * configures its own in QUEUE_TERMINALS.
 */
export const DEVELOPMENT_TERMINALS: TerminalCredential[] = [
  { id: 'TM-F1-01', name: '一楼取号机', zoneCode: 'MZ-F1-L', key: 'dev-ticket-machine-f1-01' },
  { id: 'ST-F1-01', name: '一楼自助服务终端1号', zoneCode: 'MZ-F1-L', key: 'dev-self-service-f1-01' },
  { id: 'ST-F2-01', name: '二楼自助服务终端1号', zoneCode: 'MZ-F2-L', key: 'dev-self-service-f2-01' },
];

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * A function from a presented key to its terminal, or null. Keys are compared as SHA-256 digests
 * with a constant-time comparison, so neither the length nor the prefix of a key leaks by timing.
 */
export function terminalAuthenticator(credentials: TerminalCredential[]): (key: string | undefined) => Terminal | null {
  const known = credentials.map(({ key, ...terminal }) => ({ terminal, digest: digest(key) }));
  return (key) => {
    if (!key) return null;
    const presented = digest(key);
    return known.find((entry) => timingSafeEqual(entry.digest, presented))?.terminal ?? null;
  };
}

/** The request's terminal, or UNAUTHENTICATED: what only a registered device may do. */
export function requireTerminal(terminal: Terminal | null): Terminal {
  if (!terminal) {
    throw hubError('UNAUTHENTICATED', `This needs a registered terminal: send its key in ${TERMINAL_KEY_HEADER}`);
  }
  return terminal;
}
