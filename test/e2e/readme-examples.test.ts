import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../lib/paths';
import { startTestHub, TestHub } from '../support/hub';

// The README promises that its example operations work as written: run every ```graphql block.
const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('readme');
}, 60_000);
afterAll(() => hub.stop());

it('has five examples', () => {
  expect(examples).toHaveLength(5);
});

it.each(examples.map((example, index) => [index + 1, example]))(
  'example %i answers without errors',
  async (_, example) => {
    const answer = await hub.query(example as string);
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
  },
);
