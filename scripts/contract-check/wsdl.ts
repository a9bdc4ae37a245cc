import { XMLBuilder } from 'fast-xml-parser';
import { elementPaths, parseXml, readSchemas, SCHEMA_REPEATED, SchemaModel } from './xml-schema';

/** What the check needs of a WSDL: its operations' elements, how to call them, and its schema. */
export interface WsdlContract {
  targetNamespace: string;
  soap12: boolean;
  /** The path of the service address (`/ws/PensionService`), used when the configured URL has none. */
  addressPath: string;
  qualified: boolean;
  operations: Map<string, { input: string; output: string; soapAction: string }>;
  schema: SchemaModel;
}

const REPEATED = [...SCHEMA_REPEATED, 'message', 'part', 'operation', 'portType', 'binding', 'service', 'port'];
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const localName = (qname: string) => qname.replace(/^[\w.-]+:/, '');

export function readWsdl(text: string): WsdlContract {
  const definitions = parseXml(text, REPEATED).definitions;
  if (!definitions) throw new Error('not a WSDL (no <definitions>)');
  const schemas = list(definitions.types?.schema);
  const messages = new Map(
    list(definitions.message).map((message: any) => [
      message['@name'],
      localName(list(message.part)[0]?.['@element'] ?? ''),
    ]),
  );
  const actions = new Map(
    list(definitions.binding)
      .flatMap((binding: any) => list(binding.operation))
      .map((operation: any) => [operation['@name'], operation.operation?.['@soapAction'] ?? '']),
  );
  const operations = new Map(
    list(definitions.portType)
      .flatMap((portType: any) => list(portType.operation))
      .map((operation: any) => [
        operation['@name'] as string,
        {
          input: messages.get(localName(operation.input?.['@message'] ?? '')) ?? '',
          output: messages.get(localName(operation.output?.['@message'] ?? '')) ?? '',
          soapAction: actions.get(operation['@name']) ?? '',
        },
      ]),
  );
  const location = list(list(definitions.service)[0]?.port)[0]?.address?.['@location'];
  return {
    targetNamespace: definitions['@targetNamespace'] ?? '',
    soap12: /xmlns:\w+="http:\/\/schemas\.xmlsoap\.org\/wsdl\/soap12\/"/.test(text),
    addressPath: location ? new URL(location).pathname : '/',
    qualified: schemas[0]?.['@elementFormDefault'] === 'qualified',
    operations,
    schema: readSchemas(schemas),
  };
}

const ENVELOPE_NS = {
  soap11: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
};
const builder = new XMLBuilder({ format: false });

/** A SOAP request for `operation` with `request` (child elements as a plain object) in its input element. */
export function soapRequest(contract: WsdlContract, operation: string, request: Record<string, unknown>) {
  const facts = contract.operations.get(operation)!;
  const ns = contract.soap12 ? ENVELOPE_NS.soap12 : ENVELOPE_NS.soap11;
  // qualified children share the default namespace; unqualified ones must have none
  const open = contract.qualified
    ? `<${facts.input} xmlns="${contract.targetNamespace}">`
    : `<tns:${facts.input} xmlns:tns="${contract.targetNamespace}">`;
  const close = contract.qualified ? `</${facts.input}>` : `</tns:${facts.input}>`;
  const body = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${ns}"><soap:Body>${open}${builder.build(request)}${close}</soap:Body></soap:Envelope>`;
  const headers: Record<string, string> = contract.soap12
    ? { 'content-type': `application/soap+xml; charset=utf-8; action="${facts.soapAction}"` }
    : { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${facts.soapAction}"` };
  return { body, headers };
}

/** Where a published WSDL differs from the contract: operations, and the element paths of each operation's messages. */
export function compareWsdl(contract: WsdlContract, published: WsdlContract): string[] {
  const differences: string[] = [];
  for (const name of contract.operations.keys())
    if (!published.operations.has(name)) differences.push(`operation ${name}: in the contract, not published`);
  for (const name of published.operations.keys())
    if (!contract.operations.has(name)) differences.push(`operation ${name}: published, not in the contract`);
  for (const [name, facts] of contract.operations) {
    const other = published.operations.get(name);
    if (!other) continue;
    for (const direction of ['input', 'output'] as const) {
      const paths = (wsdl: WsdlContract, element: string) => {
        const decl = wsdl.schema.elements.get(element);
        return new Set(decl ? elementPaths(wsdl.schema, decl) : []);
      };
      const ours = paths(contract, facts[direction]);
      const theirs = paths(published, other[direction]);
      for (const path of ours)
        if (!theirs.has(path)) differences.push(`${name} ${direction} ${path}: in the contract, not published`);
      for (const path of theirs)
        if (!ours.has(path)) differences.push(`${name} ${direction} ${path}: published, not in the contract`);
    }
  }
  return differences;
}
