import { parse } from 'yaml';

/** The OpenAPI 3.0 subset legacy JSON contracts use: paths, operations, responses by status, schemas. */
export interface OpenApiContract {
  document: any;
}

export function readOpenApi(text: string): OpenApiContract {
  const document = parse(text);
  if (!document?.openapi || !document.paths) throw new Error('not an OpenAPI 3 document (no openapi, paths)');
  return { document };
}

/** The response schema the contract gives `method path` for `status`; a difference when it gives none. */
export function responseSchema(
  contract: OpenApiContract,
  method: string,
  path: string,
  status: number,
): { schema?: any; difference?: string } {
  const operation = contract.document.paths[path]?.[method.toLowerCase()];
  if (!operation) return { difference: `${method.toUpperCase()} ${path}: not in the contract` };
  const response = resolve(contract, operation.responses?.[String(status)] ?? operation.responses?.default);
  if (!response)
    return { difference: `${method.toUpperCase()} ${path}: answered HTTP ${status}, which the contract does not list` };
  return { schema: response.content?.['application/json']?.schema };
}

function resolve(contract: OpenApiContract, node: any): any {
  if (!node?.$ref) return node;
  const target = String(node.$ref)
    .replace(/^#\//, '')
    .split('/')
    .reduce((at: any, key: string) => at?.[key], contract.document);
  if (target === undefined) throw new Error(`the contract refers to ${node.$ref}, which it does not define`);
  return resolve(contract, target);
}

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/**
 * Where `value` differs from `schema` (JSON Schema as OpenAPI 3.0 has it: type, nullable, required,
 * properties, items, allOf, enum, pattern, $ref): one line per difference, each naming the path
 * (`$.data[0].ZT`). Properties the contract does not name are reported too: a system that grows a
 * field has changed its contract.
 */
export function validateJson(contract: OpenApiContract, schemaNode: any, value: unknown, path = '$'): string[] {
  const schema = resolve(contract, schemaNode);
  if (!schema) return [];
  if (value === null) return schema.nullable ? [] : [`${path}: null, which the contract does not allow`];
  if (schema.allOf) {
    const parts = schema.allOf.map((part: any) => resolve(contract, part));
    const merged = {
      type: 'object',
      required: parts.flatMap((part: any) => part.required ?? []),
      properties: Object.assign({}, ...parts.map((part: any) => part.properties ?? {})),
    };
    return validateJson(contract, merged, value, path);
  }
  const actual = typeOf(value);
  const expected = schema.type ?? (schema.properties ? 'object' : undefined);
  if (expected && !(actual === expected || (expected === 'number' && actual === 'integer')))
    return [`${path}: ${actual}, the contract says ${expected}`];
  const differences: string[] = [];
  if (schema.enum && !schema.enum.includes(value))
    differences.push(
      `${path}: ${JSON.stringify(value)} is not one of ${schema.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}`,
    );
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    differences.push(`${path}: "${value}" does not match ${schema.pattern}`);
  if (actual === 'array' && schema.items)
    (value as unknown[]).forEach((item, index) =>
      differences.push(...validateJson(contract, schema.items, item, `${path}[${index}]`)),
    );
  if (actual === 'object' && (schema.properties || schema.required)) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? [])
      if (!(name in record)) differences.push(`${path}.${name}: missing (required by the contract)`);
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (name in record) differences.push(...validateJson(contract, property, record[name], `${path}.${name}`));
    for (const name of Object.keys(record))
      if (!(name in (schema.properties ?? {})) && schema.additionalProperties === undefined)
        differences.push(`${path}.${name}: not in the contract`);
  }
  return differences;
}
