import iconv from 'iconv-lite';

/**
 * Systems that declare GBK or GB2312 really send GB18030 for the characters GBK lacks (䶮 U+4DAE,
 * 𠀋 U+2000B…): GB18030 is a strict superset of both, so decoding as GB18030 reads every byte
 * they send and loses nothing they meant.
 */
const SUPERSET_OF: Record<string, string> = { gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030' };

function effectiveCharset(declared: string): string {
  const name =
    declared
      .trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, '') || 'utf-8';
  const charset = SUPERSET_OF[name] ?? name;
  if (!iconv.encodingExists(charset)) throw new Error(`unsupported charset ${JSON.stringify(declared)}`);
  return charset;
}

/** Bytes from a legacy system → text, reading GBK/GB2312 as GB18030. */
export function decodeLegacyText(bytes: Buffer, declaredCharset: string): string {
  return iconv.decode(bytes, effectiveCharset(declaredCharset));
}

/** Text → bytes as a legacy system (or its double) writes them under the declared charset. */
export function encodeLegacyText(text: string, declaredCharset: string): Buffer {
  return iconv.encode(text, effectiveCharset(declaredCharset));
}

/** The `charset` parameter of a Content-Type header, if any (`text/xml; charset=GBK` → `GBK`). */
export function charsetOf(contentType: string | undefined, fallback = 'utf-8'): string {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? fallback;
}
