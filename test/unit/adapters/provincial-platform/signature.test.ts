import { signature, signRequest, stringToSign } from '../../../../adapters/provincial-platform';
import { RequestVerifier } from '../../../../adapters/provincial-platform/mock/platform';

const SECRET = 'dev-provincial-platform-secret-2017';
const PARAMETERS = {
  timestamp: '1762131600000',
  signType: 'HMAC-SHA256',
  nonce: '0123456789abcdef0123456789abcdef',
  bizContent: '{"PAGE_NO":1,"PAGE_SIZE":20}',
  appId: 'mengzi-one-window-hub',
};

describe('the string to sign', () => {
  it('is every member but sign, sorted by name, name=value joined with &, values as sent', () => {
    expect(stringToSign({ ...PARAMETERS, sign: 'ignored' })).toBe(
      'appId=mengzi-one-window-hub&bizContent={"PAGE_NO":1,"PAGE_SIZE":20}&nonce=0123456789abcdef0123456789abcdef&signType=HMAC-SHA256&timestamp=1762131600000',
    );
  });

  it('leaves out empty members', () => {
    expect(stringToSign({ b: '2', a: '', c: '3' })).toBe('b=2&c=3');
  });
});

describe('the signature', () => {
  it('is upper-case hex HMAC-SHA256 keyed with the app secret (as `openssl dgst -sha256 -hmac` gives it)', () => {
    expect(signature(PARAMETERS, SECRET)).toBe('68C87281DEE0189C24495D517ECF759E25D105F29DE0305E67D0F11563EFC3A8');
  });
});

describe('the platform’s verification', () => {
  const now = new Date('2025-11-03T01:00:00Z');
  const signed = (overrides: Record<string, string> = {}, at = now, secret = SECRET) =>
    Buffer.from(
      JSON.stringify({
        ...signRequest({ PAGE_NO: 1 }, { appId: 'mengzi-one-window-hub', appSecret: secret, now: at }),
        ...overrides,
      }),
    );

  it('accepts a good request once, then refuses it as replayed', () => {
    const verifier = new RequestVerifier();
    const body = signed();
    expect(verifier.verify(body, now.getTime())).toEqual({ bizContent: { PAGE_NO: 1 } });
    expect(verifier.verify(body, now.getTime() + 1000)).toEqual({
      refusal: { code: '2004', msg: '请求重复：nonce已使用', data: null },
    });
  });

  it('refuses a wrong secret, a tampered body, an unknown app, and a timestamp more than 300 s away', () => {
    const verifier = new RequestVerifier();
    const code = (body: Buffer) => {
      const verified = verifier.verify(body, now.getTime());
      return 'refusal' in verified ? verified.refusal.code : 'accepted';
    };
    expect([
      code(signed({}, now, 'not-the-secret')),
      code(signed({ bizContent: '{"PAGE_NO":2}' })),
      code(signed({ appId: 'someone-else' })),
      code(signed({}, new Date(now.getTime() - 300_001))),
      code(signed({}, new Date(now.getTime() + 300_001))),
      code(signed({}, new Date(now.getTime() - 300_000))),
      code(Buffer.from('not json')),
      code(signed({ nonce: '' })),
    ]).toEqual(['2002', '2002', '2001', '2003', '2003', 'accepted', '1001', '1001']);
  });
});
