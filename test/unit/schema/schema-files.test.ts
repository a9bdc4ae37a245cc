import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../../../lib/paths';
import { SUBGRAPHS } from '../../../lib/services';
import { generateSchemaFiles } from '../../../scripts/schema-files';

// The checked-in schema/ is what the gateway serves in production and what front-end teams read:
// it must compose and must match the code. On failure run `npm run schema:compose`.
describe('schema/', () => {
  let generated: Record<string, string>;
  beforeAll(async () => {
    generated = await generateSchemaFiles();
  });

  it('holds exactly the generated files', () => {
    const checkedIn = readdirSync(schemaDir()).filter((name) => name.endsWith('.graphql')).sort();
    expect(checkedIn).toEqual(Object.keys(generated).sort());
  });

  it.each([...SUBGRAPHS.map((subgraph) => `${subgraph.name}.graphql`), 'supergraph.graphql', 'api.graphql'])('%s is up to date', (name) => {
    expect(readFileSync(join(schemaDir(), name), 'utf8')).toBe(generated[name]);
  });

  it('describes every type, field, argument and enum value of the client-facing API', () => {
    const api = buildSchema(generated['api.graphql']);
    const undescribed: string[] = [];
    const rootTypes = new Set([api.getQueryType(), api.getMutationType()]);
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      // the root types are the schema's entry points; their fields carry the descriptions
      if (!type.description && !rootTypes.has(type as never)) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
      }
    }
    expect(undescribed).toEqual([]);
  });
});
