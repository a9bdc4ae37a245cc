import { MikroORM } from '@mikro-orm/core';
import { graphql, GraphQLSchema } from 'graphql';
import { openDatabase } from '../../../../lib/database';
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
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(label: string): Promise<CasesHarness> {
    const database = await createTestDatabase(label);
    const orm = await openDatabase({ url: database.url, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
    return new CasesHarness(orm, await buildCasesSchema(), database.drop);
  }

  async run(source: string, variableValues?: Record<string, unknown>): Promise<GraphQLAnswer> {
    const contextValue = createCasesContext(this.orm, this.catalogue, () => this.now);
    const result = await graphql({ schema: this.schema, source, variableValues, contextValue });
    // plain JSON, as a client would see it
    return JSON.parse(JSON.stringify(result));
  }

  /** Runs and returns `data`, failing the test with the errors if there are any. */
  async data(source: string, variableValues?: Record<string, unknown>): Promise<Record<string, any>> {
    const answer = await this.run(source, variableValues);
    if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
    return answer.data!;
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
