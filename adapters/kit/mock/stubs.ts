import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ReceivedRequest, RequestMatcherSchema, requestMatches } from './matching';
import { StubResponseSchema } from './responses';
import { Scenarios } from './scenarios';

/** WireMock's default priority: 1 is the highest, so a stub of priority 1 beats one of 5. */
export const DEFAULT_PRIORITY = 5;

/**
 * A stub as `POST /__admin/mappings` takes it (WireMock's shape): when `request` matches (and the
 * scenario, if named, is in `requiredScenarioState`), answer `response`, then move the scenario
 * to `newScenarioState`.
 */
export const StubMappingSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().optional(),
    priority: z.number().int().min(1).optional(),
    request: RequestMatcherSchema,
    response: StubResponseSchema,
    scenarioName: z.string().optional(),
    requiredScenarioState: z.string().optional(),
    newScenarioState: z.string().optional(),
  })
  .strict();
export type StubMappingInput = z.input<typeof StubMappingSchema>;
export type StubMapping = z.infer<typeof StubMappingSchema> & { id: string; priority: number };

/**
 * The stubs of one double. Among the stubs that match, the one of highest priority answers; of
 * equal priority, the one added last (so a test can override a broader stub it added earlier).
 */
export class Stubs {
  private mappings: StubMapping[] = [];
  readonly scenarios = new Scenarios();

  /** Validates and adds a stub (replacing one with the same id); throws a ZodError when invalid. */
  add(input: unknown): StubMapping {
    const parsed = StubMappingSchema.parse(input);
    const mapping: StubMapping = {
      ...parsed,
      id: parsed.id ?? randomUUID(),
      priority: parsed.priority ?? DEFAULT_PRIORITY,
    };
    if (mapping.scenarioName)
      this.scenarios.declare(mapping.scenarioName, mapping.requiredScenarioState, mapping.newScenarioState);
    this.mappings = [...this.mappings.filter((existing) => existing.id !== mapping.id), mapping];
    return mapping;
  }

  get(id: string): StubMapping | undefined {
    return this.mappings.find((mapping) => mapping.id === id);
  }

  /** Whether a stub with that id was there. */
  remove(id: string): boolean {
    const before = this.mappings.length;
    this.mappings = this.mappings.filter((mapping) => mapping.id !== id);
    return this.mappings.length < before;
  }

  /** In the order they are tried: by priority, then newest first. */
  list(): StubMapping[] {
    return this.mappings
      .map((mapping, index) => ({ mapping, index }))
      .sort((a, b) => a.mapping.priority - b.mapping.priority || b.index - a.index)
      .map(({ mapping }) => mapping);
  }

  clear(): void {
    this.mappings = [];
    this.scenarios.clear();
  }

  /** The stub that answers `request`, moving its scenario on; `undefined` when none matches. */
  answer(request: ReceivedRequest): StubMapping | undefined {
    const stub = this.list().find(
      (mapping) =>
        (!mapping.scenarioName ||
          !mapping.requiredScenarioState ||
          this.scenarios.stateOf(mapping.scenarioName) === mapping.requiredScenarioState) &&
        requestMatches(mapping.request, request),
    );
    if (stub?.scenarioName && stub.newScenarioState) this.scenarios.setState(stub.scenarioName, stub.newScenarioState);
    return stub;
  }
}
