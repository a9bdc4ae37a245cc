import { MikroORM } from '@mikro-orm/core';
import { graphql, GraphQLSchema } from 'graphql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditRecorder } from '../../../../lib/audit';
import { Identity } from '../../../../lib/auth/identity';
import { openDatabase } from '../../../../lib/database';
import { createLogger } from '../../../../lib/logger';
import { createCasesContext } from '../../../../subgraphs/cases/context';
import { CASES_ENTITIES } from '../../../../subgraphs/cases/entities';
import { CASES_MIGRATIONS } from '../../../../subgraphs/cases/migrations';
import { buildCasesSchema } from '../../../../subgraphs/cases/schema';
import { createTestDatabase } from '../../../support/database';
import { InMemoryCatalogue } from './in-memory-catalogue';

export interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The cases schema over a real database (SQLite in memory, or PostgreSQL when DATABASE_URL is set)
 * and the in-memory catalogue, executed in process: one context (one EntityManager fork) per call,
 * as the server does per request.
 */
export class CasesHarness {
  readonly catalogue = new InMemoryCatalogue();
  /** The instant the service believes it is; tests move it. */
  now = new Date('2025-09-26T02:00:00Z');

  private constructor(
    readonly orm: MikroORM,
    private readonly schema: GraphQLSchema,
    /** `:memory:` on SQLite (each connection its own database), else the PostgreSQL database's URL. */
    readonly databaseUrl: string,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(label: string): Promise<CasesHarness> {
    const database = await createTestDatabase(label);
    const orm = await openDatabase({ url: database.url, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
    return new CasesHarness(orm, await buildCasesSchema(), database.url, database.drop);
  }

  /**
   * A second instance of the service on the same PostgreSQL database (its own ORM and connection
   * pool, as another replica has), sharing the catalogue fixtures; `stop()` closes it only.
   */
  async replica(): Promise<CasesHarness> {
    const orm = await openDatabase({ url: this.databaseUrl, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
    const replica = new CasesHarness(orm, this.schema, this.databaseUrl, async () => undefined);
    replica.now = this.now;
    return replica;
  }

  /** Audit entries go to a spool of their own and are never sent: these tests are about the workflow. */
  private readonly audit = new AuditRecorder({
    service: 'cases',
    spoolDirectory: mkdtempSync(join(tmpdir(), 'cases-harness-')),
    send: async () => undefined,
    logger: createLogger('test'),
  });

  /**
   * Runs as `identity`; by default as whoever the input names — the clerk at their window, the
   * officer of their department (as their token would) — or else as the hub itself (SYSTEM).
   * The authorisation rules have their own tests (test/integration/security).
   */
  async run(
    source: string,
    variableValues?: Record<string, unknown>,
    identity: Identity | null = identityNamedIn(variableValues),
  ): Promise<GraphQLAnswer> {
    const access = { identity, audit: this.audit.trail(undefined, identity) };
    const contextValue = createCasesContext(this.orm, this.catalogue, () => this.now, access);
    const result = await graphql({ schema: this.schema, source, variableValues, contextValue });
    // plain JSON, as a client would see it
    return JSON.parse(JSON.stringify(result));
  }

  /** Runs and returns `data`, failing the test with the errors if there are any. */
  async data(
    source: string,
    variableValues?: Record<string, unknown>,
    identity?: Identity | null,
  ): Promise<Record<string, any>> {
    const answer = await this.run(source, variableValues, identity);
    if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
    return answer.data!;
  }

  /** Reverts one migration and applies it again, failing unless exactly that one ran each way. */
  async redoMigration(name: string): Promise<void> {
    const migrator = this.orm.getMigrator();
    const names = (migrations: { name: string }[]) => migrations.map((migration) => migration.name);
    expect(names(await migrator.down({ migrations: [name] }))).toEqual([name]);
    expect(names(await migrator.up({ migrations: [name] }))).toEqual([name]);
  }

  async stop() {
    await this.orm.close();
    await this.dropDatabase();
  }
}

/** The error as the tests state it: message, code and the extensions that matter. */
export function errorsOf(answer: GraphQLAnswer) {
  return (answer.errors ?? []).map(({ message, extensions }) => {
    const { stacktrace: _stacktrace, ...rest } = (extensions ?? {}) as Record<string, unknown>;
    return { message, extensions: rest };
  });
}

/** The clerk (at their window) or the officer (of their department) an operation's input names; else SYSTEM. */
export function identityNamedIn(variables: Record<string, unknown> = {}): Identity {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  if (typeof input.clerk === 'string' && typeof input.windowCode === 'string') {
    return asClerk(input.windowCode, input.clerk);
  }
  if (typeof input.officer === 'string' && typeof input.departmentCode === 'string') {
    return { subject: input.officer, roles: ['DEPARTMENT_OFFICER'], departmentCode: input.departmentCode };
  }
  return { subject: 'cases-test', roles: ['SYSTEM'] };
}

/** A WINDOW_CLERK token's identity: `clerk` sitting at `windowCode`. */
export function asClerk(windowCode: string, clerk = `clerk-${windowCode}`): Identity {
  return { subject: clerk, roles: ['WINDOW_CLERK'], windowCode };
}
