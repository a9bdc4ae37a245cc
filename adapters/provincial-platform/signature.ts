import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The platform's request signature, used by the client to sign and by the double to verify.
 *
 * Every request body is one JSON object of string members: `appId`, `timestamp` (Unix time in
 * milliseconds, decimal), `nonce` (16–64 letters and digits, never reused), `signType`
 * (`HMAC-SHA256`), `bizContent` (the business parameters, themselves JSON, as a string) and `sign`.
 *
 * The string to sign: every member except `sign` whose value is not empty, sorted by name in
 * ascending ASCII order, each written `name=value` (the value exactly as sent: no escaping, no
 * URL-encoding), joined with `&`. For example
 * `appId=mengzi-hub&bizContent={"PAGE_NO":1,"PAGE_SIZE":20}&nonce=4f1c…&signType=HMAC-SHA256&timestamp=1762131600000`.
 * `sign` is HMAC-SHA256 of that string's UTF-8 bytes keyed with the app secret's UTF-8 bytes,
 * written as 64 upper-case hexadecimal digits.
 */
export const SIGN_TYPE = 'HMAC-SHA256';

export interface SignedRequest {
  appId: string;
  timestamp: string;
  nonce: string;
  signType: string;
  bizContent: string;
  sign: string;
}

export function stringToSign(parameters: Record<string, string>): string {
  return Object.keys(parameters)
    .filter((name) => name !== 'sign' && parameters[name] !== '')
    .sort()
    .map((name) => `${name}=${parameters[name]}`)
    .join('&');
}

export function signature(parameters: Record<string, string>, appSecret: string): string {
  return createHmac('sha256', appSecret).update(stringToSign(parameters), 'utf8').digest('hex').toUpperCase();
}

/** Whether `sign` is the signature of the other parameters, compared in constant time. */
export function signatureMatches(request: Record<string, string>, appSecret: string): boolean {
  const expected = Buffer.from(signature(request, appSecret));
  const presented = Buffer.from(String(request.sign ?? ''));
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

/** A request body for `bizContent`, signed at `now` with a fresh nonce. */
export function signRequest(
  bizContent: unknown,
  { appId, appSecret, now }: { appId: string; appSecret: string; now: Date },
): SignedRequest {
  const parameters = {
    appId,
    timestamp: String(now.getTime()),
    nonce: randomBytes(16).toString('hex'),
    signType: SIGN_TYPE,
    bizContent: JSON.stringify(bizContent),
  };
  return { ...parameters, sign: signature(parameters, appSecret) };
}
