import { z } from 'zod';
import type { Identity } from '../../../lib/auth/identity';
import { hasRole } from '../../../lib/auth/identity';
import { hubError } from '../../../lib/errors';

/**
 * The hall's self-service terminals and ticket machines. A device proves itself at the gateway
 * with its own bearer token (role TERMINAL, subject = its id; `npm run token -- --role TERMINAL
 * --subject TM-F1-01`), which reaches the queue as the signed identity of the request; this
 * registry says which devices the hall has and where each stands.
 */
export interface Terminal {
  id: string;
  name: string;
  /** The hall zone the device stands in: where its tickets go unless another is chosen. */
  zoneCode: string;
}

export const TerminalsSchema = z.array(
  z.object({ id: z.string().min(1).max(40), name: z.string().min(1), zoneCode: z.string().min(1) }),
);

/** QUEUE_TERMINALS as configured (JSON), validated: a bad list stops the service at start. */
export function parseTerminals(json: string): Terminal[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('QUEUE_TERMINALS is not JSON: expected [{ "id", "name", "zoneCode" }]');
  }
  const result = TerminalsSchema.safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `QUEUE_TERMINALS: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/** The devices of the development hall (`npm start`): a deployment lists its own in QUEUE_TERMINALS. */
export const DEVELOPMENT_TERMINALS: Terminal[] = [
  { id: 'TM-F1-01', name: '一楼取号机', zoneCode: 'MZ-F1-L' },
  { id: 'ST-F1-01', name: '一楼自助服务终端1号', zoneCode: 'MZ-F1-L' },
  { id: 'ST-F2-01', name: '二楼自助服务终端1号', zoneCode: 'MZ-F2-L' },
];

/**
 * The registered device a request comes from: its identity has the TERMINAL role and a subject
 * the registry lists. Anyone else — another role, or a device the hall does not have — is none.
 */
export function terminalRegistry(terminals: Terminal[]): (identity: Identity | null) => Terminal | null {
  const byId = new Map(terminals.map((terminal) => [terminal.id, terminal]));
  return (identity) => (identity && hasRole(identity, 'TERMINAL') ? (byId.get(identity.subject) ?? null) : null);
}

/** The request's terminal, or UNAUTHENTICATED: what only a registered device may do. */
export function requireTerminal(terminal: Terminal | null): Terminal {
  if (!terminal) {
    throw hubError('UNAUTHENTICATED', 'This needs a registered terminal: send the device’s TERMINAL token');
  }
  return terminal;
}
