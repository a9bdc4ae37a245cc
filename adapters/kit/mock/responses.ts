import { XMLBuilder } from 'fast-xml-parser';
import { z } from 'zod';
import { charsetOf, encodeLegacyText } from '../charset';

/**
 * What a stub answers. The body is given once, in one of four forms: `body` (text as is),
 * `jsonBody` (any JSON), `xmlBody` (an element tree, attributes prefixed `@`, as the kit's XML
 * parser reads them) or `soapBody` (the tree inside `<soap:Body>`: the double wraps it in the
 * envelope of its SOAP version). Text is written in the charset of the Content-Type, which
 * defaults to what the double's system declares (GBK for the land-use system).
 */
export const StubResponseSchema = z
  .object({
    status: z.number().int().min(100).max(599).default(200),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string().optional(),
    jsonBody: z.unknown().optional(),
    xmlBody: z.record(z.string(), z.unknown()).optional(),
    soapBody: z.record(z.string(), z.unknown()).optional(),
    /** Delay before this answer (WireMock's name), on top of any latency fault. */
    fixedDelayMilliseconds: z.number().int().min(0).optional(),
  })
  .strict()
  .refine(
    (response) =>
      [response.body, response.jsonBody, response.xmlBody, response.soapBody].filter((b) => b !== undefined).length <=
      1,
    { message: 'give the body once: body, jsonBody, xmlBody or soapBody' },
  );
export type StubResponse = z.infer<typeof StubResponseSchema>;

const SOAP_11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP_12 = 'http://www.w3.org/2003/05/soap-envelope';

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: false });

export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Lower-cased header names, so a stub's `Content-Type` and the default do not both go out. */
const lowerCased = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * A stub's response as bytes on the wire. `systemContentType` is what the double's system
 * declares: the default Content-Type, and for `soapBody` which envelope (SOAP 1.2 for
 * `application/soap+xml`, 1.1 otherwise).
 */
export function renderResponse(response: StubResponse, systemContentType: string): RenderedResponse {
  const headers = lowerCased(response.headers);
  const declared = (fallback: string) => (headers['content-type'] ??= fallback);
  let text = response.body ?? '';
  if (response.jsonBody !== undefined) {
    declared(/json/i.test(systemContentType) ? systemContentType : 'application/json; charset=utf-8');
    text = JSON.stringify(response.jsonBody);
  } else if (response.xmlBody !== undefined) {
    const contentType = declared(systemContentType);
    text = `<?xml version="1.0" encoding="${charsetOf(contentType)}"?>${xml.build(response.xmlBody)}`;
  } else if (response.soapBody !== undefined) {
    const contentType = declared(systemContentType);
    const namespace = /application\/soap\+xml/i.test(contentType) ? SOAP_12 : SOAP_11;
    text =
      `<?xml version="1.0" encoding="${charsetOf(contentType)}"?>` +
      `<soap:Envelope xmlns:soap="${namespace}"><soap:Body>${xml.build(response.soapBody)}</soap:Body></soap:Envelope>`;
  } else if (text) {
    declared(systemContentType);
  }
  const body = text ? encodeLegacyText(text, charsetOf(headers['content-type'])) : Buffer.alloc(0);
  return { status: response.status, headers, body };
}
