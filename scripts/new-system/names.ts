/** The spellings of a new system's name the generated code uses, from its kebab-case id. */
export interface SystemNames {
  /** `civil-registry`: the system id, the subgraph's name and folders. */
  system: string;
  /** `CivilRegistry`: classes and GraphQL types. */
  System: string;
  /** `civilRegistry`: the field on Person, settings objects. */
  systemCamel: string;
  /** `CIVIL_REGISTRY`: environment variables. */
  SYSTEM: string;
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Throws, saying why, unless `name` is a lower-case kebab-case id (`civil-registry`). */
export function systemNames(name: string): SystemNames {
  if (!KEBAB.test(name)) {
    throw new Error(`the system name must be lower-case words joined by dashes (e.g. civil-registry), not "${name}"`);
  }
  const words = name.split('-');
  const capitalised = words.map((word) => word[0].toUpperCase() + word.slice(1));
  return {
    system: name,
    System: capitalised.join(''),
    systemCamel: words[0] + capitalised.slice(1).join(''),
    SYSTEM: words.map((word) => word.toUpperCase()).join('_'),
  };
}
