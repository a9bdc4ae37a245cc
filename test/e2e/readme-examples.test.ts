import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../lib/paths';
import { Identity } from '../../lib/auth/identity';
import { startTestHub, TestHub } from '../support/hub';
import { asCitizen, asClerk, SUPERVISOR } from '../support/identities';

// The README promises that its example operations work as written: run every ```graphql block.
const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('readme');
}, 60_000);
afterAll(() => hub.stop());

/**
 * Who runs each example, as the README says: the farmer reads his own person, the catalogue and
 * the calendar are public, the investment window's clerk submits, a supervisor reads the figures.
 */
const CALLERS: (Identity | undefined)[] = [
  asCitizen('532503198001010015'),
  undefined,
  undefined,
  asClerk('CW-INVEST', '综合窗口 张敏'),
  SUPERVISOR,
];

it('has five examples', () => {
  expect(examples).toHaveLength(5);
});

it.each(examples.map((example, index) => [index + 1, example]))(
  'example %i answers without errors',
  async (number, example) => {
    const identity = CALLERS[(number as number) - 1];
    const answer = await hub.query(example as string, {}, identity ? { identity } : {});
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
  },
);
