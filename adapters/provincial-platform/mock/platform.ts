import { createHash } from 'node:crypto';
import { SIGN_TYPE, signatureMatches } from '../signature';

/** The application the double knows: the hub's id and secret (a real platform issues its own). */
export const PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS = {
  appId: 'mengzi-one-window-hub',
  appSecret: 'dev-provincial-platform-secret-2017',
} as const;

/** How far a request's timestamp may be from the platform's clock, either way. */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;
/** How long a nonce is remembered: longer than any timestamp still accepted. */
const NONCE_MEMORY_MS = 2 * TIMESTAMP_TOLERANCE_MS;

export interface Envelope {
  code: string;
  msg: string;
  data: unknown;
}
export const envelope = (code: string, msg: string, data: unknown = null): Envelope => ({ code, msg, data });

const REQUIRED = ['appId', 'timestamp', 'nonce', 'signType', 'bizContent', 'sign'] as const;

/**
 * What the platform checks before it reads a request, in its order: the members are there, the
 * app is known, the timestamp is within five minutes, the signature matches, the nonce is new.
 * A nonce is remembered only once the signature is verified, so a forged request cannot burn one.
 * Answers the parsed bizContent, or the refusal to send back.
 */
export class RequestVerifier {
  private readonly nonces = new Map<string, number>();

  constructor(
    private readonly apps: Record<string, string> = {
      [PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appId]: PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appSecret,
    },
  ) {}

  verify(body: Buffer, now = Date.now()): { bizContent: Record<string, unknown> } | { refusal: Envelope } {
    let request: Record<string, string>;
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch {
      return { refusal: envelope('1001', '参数错误：请求体不是合法的JSON') };
    }
    const missing = REQUIRED.filter((name) => typeof request?.[name] !== 'string' || request[name] === '');
    if (missing.length) return { refusal: envelope('1001', `参数错误：缺少${missing.join('、')}`) };
    const secret = this.apps[request.appId];
    if (!secret) return { refusal: envelope('2001', '应用标识(appId)无效') };
    if (request.signType !== SIGN_TYPE) return { refusal: envelope('1001', `参数错误：signType须为${SIGN_TYPE}`) };
    const timestamp = /^\d{13}$/.test(request.timestamp) ? Number(request.timestamp) : NaN;
    if (!(Math.abs(now - timestamp) <= TIMESTAMP_TOLERANCE_MS)) {
      return { refusal: envelope('2003', '时间戳超出允许范围(±300秒)，请校准时钟') };
    }
    if (!signatureMatches(request, secret)) return { refusal: envelope('2002', '签名验证失败') };
    this.forgetNoncesBefore(now);
    if (this.nonces.has(request.nonce)) return { refusal: envelope('2004', '请求重复：nonce已使用') };
    this.nonces.set(request.nonce, now + NONCE_MEMORY_MS);
    try {
      const bizContent = JSON.parse(request.bizContent);
      if (typeof bizContent !== 'object' || bizContent === null) throw new Error('not an object');
      return { bizContent };
    } catch {
      return { refusal: envelope('1001', '参数错误：bizContent不是合法的JSON对象') };
    }
  }

  private forgetNoncesBefore(now: number) {
    for (const [nonce, expires] of this.nonces) if (expires < now) this.nonces.delete(nonce);
  }
}

interface StoredTask {
  record: Record<string, unknown> & { TASK_CODE: string; TASK_VERSION: number };
  fingerprint: string;
}

/** The implementation list the platform holds for the city, keyed by item code and version. */
export class TaskStore {
  private readonly tasks = new Map<string, StoredTask>();

  /** Stores a pushed version: '1' new, '2' content changed, '0' the same again. */
  push(record: StoredTask['record']): '0' | '1' | '2' {
    const key = `${record.TASK_CODE}@${record.TASK_VERSION}`;
    const fingerprint = createHash('sha256').update(JSON.stringify(record)).digest('hex');
    const known = this.tasks.get(key);
    this.tasks.set(key, { record, fingerprint });
    return !known ? '1' : known.fingerprint === fingerprint ? '0' : '2';
  }

  /** Every version by code, then version. */
  list(): StoredTask['record'][] {
    return [...this.tasks.values()]
      .map((task) => task.record)
      .sort((a, b) => a.TASK_CODE.localeCompare(b.TASK_CODE) || a.TASK_VERSION - b.TASK_VERSION);
  }
}
