/** The three dialects a department system can speak, and what the generated files say of each. */
export const KINDS = {
  soap: {
    dialect:
      'SOAP 1.1, document/literal, the client built from the checked-in WSDL (modelled on forestry-harvest and pensions).',
    contractFile: '{{system}}.wsdl',
    operation: 'QueryRecords',
  },
  rest: {
    dialect:
      'JSON over HTTP, always HTTP 200 with a `{code, msg, data}` envelope (modelled on forestry-transport, health-insurance and party-building).',
    contractFile: 'openapi.yaml',
    operation: 'queryRecords',
  },
  xml: {
    dialect: 'Plain XML over HTTP POST, declared GBK and read as GB18030 (modelled on forestry-land-use).',
    contractFile: '{{system}}.xsd',
    operation: 'CXJL',
  },
} as const;

export type SystemKind = keyof typeof KINDS;

export function isSystemKind(kind: string): kind is SystemKind {
  return Object.hasOwn(KINDS, kind);
}
