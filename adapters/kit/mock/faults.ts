import { z } from 'zod';

/**
 * The faults a double injects, set by `PUT /__admin/faults` (JSON) or `MOCK_FAULTS` at start.
 * A PUT replaces the whole set: what it leaves out is off.
 */
export const FaultsSchema = z
  .object({
    /** Delay before every answer. */
    latencyMs: z.number().int().min(0).default(0),
    /** Share of requests (0..1) answered HTTP 500. */
    errorRate: z.number().min(0).max(1).default(0),
    /** Never answer (the connection stays open until the client gives up). */
    timeout: z.boolean().default(false),
    /** Destroy the connection without a response. */
    drop: z.boolean().default(false),
    /** Answer 200 with a body in the system's content type that is not a valid document. */
    malformed: z.boolean().default(false),
    /** Every session token issued so far expires now (systems with login tokens). */
    expiredToken: z.boolean().default(false),
  })
  .strict();

export type Faults = z.infer<typeof FaultsSchema>;

export const NO_FAULTS: Faults = FaultsSchema.parse({});

/** The current faults of one double, with listeners for the faults a protocol implements itself. */
export class FaultState {
  private faults: Faults = NO_FAULTS;
  private readonly listeners: ((faults: Faults) => void)[] = [];

  get current(): Faults {
    return this.faults;
  }

  /** Validates and applies a fault set; throws a ZodError naming what is wrong. */
  set(input: unknown): Faults {
    this.faults = FaultsSchema.parse(input);
    for (const listener of this.listeners) listener(this.faults);
    return this.faults;
  }

  reset(): Faults {
    return this.set({});
  }

  onChange(listener: (faults: Faults) => void): void {
    this.listeners.push(listener);
  }

  /** `MOCK_FAULTS` (the same JSON as the admin endpoint), so a double can start already broken. */
  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): FaultState {
    const state = new FaultState();
    if (env.MOCK_FAULTS) state.set(JSON.parse(env.MOCK_FAULTS));
    return state;
  }
}
