import { parseXmlSafely } from '../../adapters/kit';

/**
 * The part of XML Schema legacy contracts use, enough to hold an answer to it: global elements,
 * named and inline complex types with a sequence of elements (minOccurs, maxOccurs), and named
 * simple types restricting a string by pattern or enumeration. Namespaces are ignored: element
 * names are compared without prefix.
 */
export interface ElementDecl {
  name: string;
  minOccurs: number;
  maxOccurs: number;
  /** A complex content, inline or by its type's name. */
  children?: ElementDecl[] | string;
  /** The simple type by local name (`string`, `int`, a named simple type). */
  type?: string;
}

export interface SimpleTypeDecl {
  pattern?: string;
  enumeration?: string[];
}

export interface SchemaModel {
  elements: Map<string, ElementDecl>;
  complexTypes: Map<string, ElementDecl[]>;
  simpleTypes: Map<string, SimpleTypeDecl>;
}

const REPEATED = ['element', 'complexType', 'simpleType', 'sequence', 'enumeration', 'schema'];
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const localName = (qname: string) => qname.replace(/^[\w.-]+:/, '');

/** An XML text as the schema reader and the checks see it: no namespace prefixes, attributes as `@name`. */
export function parseXml(text: string, repeated: readonly string[] = []): any {
  return parseXmlSafely(text, {
    maxBytes: 5 * 1024 * 1024,
    parser: { removeNSPrefix: true, isArray: (name) => repeated.includes(name) },
  });
}

function occurs(value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : value === 'unbounded' ? Infinity : Number(value);
}

function sequenceOf(complexType: any): ElementDecl[] {
  return list(complexType?.sequence).flatMap((sequence: any) => list(sequence.element).map(elementOf));
}

function elementOf(node: any): ElementDecl {
  const inline = list(node.complexType)[0];
  const type = node['@type'] ? localName(node['@type']) : undefined;
  return {
    name: node['@name'],
    minOccurs: occurs(node['@minOccurs'], 1),
    maxOccurs: occurs(node['@maxOccurs'], 1),
    ...(inline ? { children: sequenceOf(inline) } : type ? { type } : { type: 'string' }),
  };
}

/** Reads every `<xs:schema>` under `root` (an XSD's root, or a WSDL's `types`). */
export function readSchemas(schemas: any[]): SchemaModel {
  const model: SchemaModel = { elements: new Map(), complexTypes: new Map(), simpleTypes: new Map() };
  for (const schema of schemas) {
    for (const element of list(schema.element)) model.elements.set(element['@name'], elementOf(element));
    for (const type of list(schema.complexType)) model.complexTypes.set(type['@name'], sequenceOf(type));
    for (const type of list(schema.simpleType)) {
      const restriction = type.restriction ?? {};
      model.simpleTypes.set(type['@name'], {
        pattern: restriction.pattern?.['@value'],
        enumeration: list(restriction.enumeration).map((value: any) => value['@value']),
      });
    }
  }
  // an element typed by a named complex type has that type's children
  const resolve = (element: ElementDecl) => {
    if (element.type && model.complexTypes.has(element.type)) {
      element.children = element.type;
      delete element.type;
    }
    if (Array.isArray(element.children)) element.children.forEach(resolve);
  };
  model.elements.forEach(resolve);
  model.complexTypes.forEach((children) => children.forEach(resolve));
  return model;
}

/** The XSD at `text`, read. */
export function readXsd(text: string): SchemaModel {
  return readSchemas(list(parseXml(text, REPEATED).schema));
}

export const SCHEMA_REPEATED = REPEATED;

const NUMERIC: Record<string, RegExp> = {
  int: /^[+-]?\d+$/,
  integer: /^[+-]?\d+$/,
  long: /^[+-]?\d+$/,
  decimal: /^[+-]?(\d+\.?\d*|\.\d+)$/,
  boolean: /^(true|false|0|1)$/,
};

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Object.keys(value).every((key) => key === '#text' || key.startsWith('@')))
    return String((value as Record<string, unknown>)['#text'] ?? '');
  return undefined;
}

/**
 * Where `value` (an element as `parseXml` reads it) differs from `decl`: one line per difference,
 * each naming the path (`/CXJLJG/JL[0]/ZT`). Empty when it conforms.
 */
export function validateElement(model: SchemaModel, decl: ElementDecl, value: unknown, path: string): string[] {
  if (decl.children !== undefined) {
    const children = typeof decl.children === 'string' ? model.complexTypes.get(decl.children)! : decl.children;
    if (value === '' || value === undefined) value = {};
    if (typeof value !== 'object' || value === null) return [`${path}: text where the contract has elements`];
    const record = value as Record<string, unknown>;
    const differences: string[] = [];
    for (const child of children) {
      const occurrences = list(record[child.name]);
      if (occurrences.length < child.minOccurs)
        differences.push(
          `${path}/${child.name}: ${occurrences.length === 0 ? 'missing' : `${occurrences.length} of them`} (the contract requires at least ${child.minOccurs})`,
        );
      if (occurrences.length > child.maxOccurs)
        differences.push(
          `${path}/${child.name}: ${occurrences.length} of them (the contract allows at most ${child.maxOccurs})`,
        );
      occurrences.forEach((occurrence, index) =>
        differences.push(
          ...validateElement(
            model,
            child,
            occurrence,
            `${path}/${child.name}${child.maxOccurs > 1 ? `[${index}]` : ''}`,
          ),
        ),
      );
    }
    const declared = new Set(children.map((child) => child.name));
    for (const key of Object.keys(record)) {
      if (!key.startsWith('@') && key !== '#text' && !declared.has(key))
        differences.push(`${path}/${key}: not in the contract`);
    }
    return differences;
  }
  const text = textOf(value);
  if (text === undefined) return [`${path}: elements where the contract has text`];
  const type = decl.type ?? 'string';
  const simple = model.simpleTypes.get(type);
  if (simple?.pattern && !new RegExp(`^(?:${simple.pattern})$`).test(text))
    return [`${path}: "${text}" does not match ${type} (${simple.pattern})`];
  if (simple?.enumeration?.length && !simple.enumeration.includes(text))
    return [`${path}: "${text}" is not one of ${type}'s values (${simple.enumeration.join(', ')})`];
  if (NUMERIC[type] && !NUMERIC[type].test(text)) return [`${path}: "${text}" is not an xs:${type}`];
  return [];
}

/** Every element path a declaration allows (`A/B/C`), to compare two versions of a contract. */
export function elementPaths(model: SchemaModel, decl: ElementDecl, prefix = '', depth = 0): string[] {
  const path = `${prefix}${decl.name}`;
  if (decl.children === undefined || depth > 8) return [path];
  const children = typeof decl.children === 'string' ? (model.complexTypes.get(decl.children) ?? []) : decl.children;
  return [path, ...children.flatMap((child) => elementPaths(model, child, `${path}/`, depth + 1))];
}
