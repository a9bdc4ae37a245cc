import { XMLBuilder } from 'fast-xml-parser';
import { charsetOf, decodeLegacyText, encodeLegacyText, parseXmlSafely } from '../kit';

/**
 * The land-use system's wire format, shared by the client and its double: XML declared GBK (and
 * really GB18030, so rare characters survive), elements in the system's pinyin initials.
 */
export const DECLARED_CHARSET = 'GBK';
export const CONTENT_TYPE = `text/xml; charset=${DECLARED_CHARSET}`;
export const QUERY_PATH = '/lysh/cx';
/** LDSHSB 林地审核申报: register an application under the caller's WBBH. */
export const SUBMIT_PATH = '/lysh/sb';
/** LDSHSBCX 申报查询: applications by WBBH. */
export const SUBMISSION_QUERY_PATH = '/lysh/sbcx';
/** Larger bodies are refused unread: no answer of this system comes near it. */
const MAX_BYTES = 2 * 1024 * 1024;

const builder = new XMLBuilder({ format: false });

/** A document as bytes on the wire, e.g. `{ LDSHCX: { ZJHM: [...] } }`. */
export function encodeDocument(document: Record<string, unknown>): Buffer {
  return encodeLegacyText(
    `<?xml version="1.0" encoding="${DECLARED_CHARSET}"?>${builder.build(document)}`,
    DECLARED_CHARSET,
  );
}

/** The charset the XML declaration names, read from the ASCII-compatible prolog. */
function prologCharset(bytes: Buffer): string | undefined {
  return /^<\?xml[^>]*encoding=["']([^"']+)["']/.exec(bytes.subarray(0, 100).toString('latin1'))?.[1];
}

/**
 * Bytes on the wire → a parsed document, refusing DOCTYPEs, entities and oversized bodies (the
 * kit's safe parser). Values stay text (`'01'`, `'5.0000'`); `repeated` names the elements that
 * may occur more than once, so one occurrence still reads as a list.
 */
export function decodeDocument(bytes: Buffer, contentType: string | undefined, repeated: readonly string[]): any {
  const text = decodeLegacyText(bytes, charsetOf(contentType, prologCharset(bytes) ?? DECLARED_CHARSET));
  return parseXmlSafely(text, {
    maxBytes: MAX_BYTES,
    parser: { parseTagValue: false, isArray: (name) => repeated.includes(name) },
  });
}
