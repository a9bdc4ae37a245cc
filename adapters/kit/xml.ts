import { X2jOptions, XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Why a legacy XML body was refused. Thrown as a plain error (the XML layer knows no system);
 * read inside a legacy call, the caller turns it into LEGACY_BAD_RESPONSE.
 */
export class UnsafeXmlError extends Error {
  constructor(
    readonly reason: 'DOCTYPE' | 'TOO_LARGE' | 'MALFORMED',
    detail: string,
  ) {
    super(`XML refused (${reason}): ${detail}`);
    this.name = 'UnsafeXmlError';
  }
}

export interface SafeXmlOptions {
  /** Larger bodies are refused before parsing. */
  maxBytes: number;
  /** Parser options for the document's shape (e.g. `isArray`), never for entities. */
  parser?: Omit<X2jOptions, 'processEntities' | 'htmlEntities'>;
}

/**
 * Parses XML from a legacy system without trusting it. A DOCTYPE is refused outright: it is the
 * only place external entities (XXE: reading files, calling URLs) and entity bombs (billion laughs)
 * can be declared, and no legacy dialect we speak needs one. Without a DTD, the parser only decodes
 * the predefined entities and character references, so nothing is ever read from disk or expanded.
 */
export function parseXmlSafely(text: string, options: SafeXmlOptions): any {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > options.maxBytes)
    throw new UnsafeXmlError('TOO_LARGE', `${bytes} bytes exceed the limit of ${options.maxBytes}`);
  if (/<!(DOCTYPE|ENTITY)/i.test(text))
    throw new UnsafeXmlError('DOCTYPE', 'document type declarations and entities are not accepted');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new UnsafeXmlError('MALFORMED', `${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    // values stay strings: an 18-digit ID number read as a number loses its last digits
    parseTagValue: false,
    parseAttributeValue: false,
    ...options.parser,
    processEntities: true,
    // character references (`&#x2000B;`) are how some systems escape rare characters
    htmlEntities: true,
  }).parse(text);
}
