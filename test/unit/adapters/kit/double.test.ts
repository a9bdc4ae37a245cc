import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { createDouble } from '../../../../adapters/kit/mock/double';
import { NO_FAULTS } from '../../../../adapters/kit/mock/faults';
import { RunningDouble, startDouble } from '../../../../adapters/kit/mock/start';
import { encodeLegacyText } from '../../../../adapters/kit';

/** A one-route double: enough to see the harness around it. */
async function startEchoDouble(): Promise<RunningDouble> {
  const double = createDouble({
    system: 'forestry-land-use',
    contentType: 'text/xml; charset=GBK',
    operationOf: ({ path }) => path.slice(1),
  });
  double.app.post('/query', (_req, res) => {
    res.type('text/xml').send('<ok/>');
  });
  return startDouble(double.app, { port: 0 });
}

describe('the double harness', () => {
  let double: RunningDouble;
  beforeAll(async () => {
    double = await startEchoDouble();
  });
  afterAll(() => double.stop());
  const admin = () => doubleAdmin(double.url);
  const post = (body: Buffer | string = '<q/>') =>
    fetch(`${double.url}/query`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=GBK' }, body });

  beforeEach(() => admin().reset());

  it('journals every request with its body decoded by the declared charset, filterable by operation', async () => {
    await post(encodeLegacyText('<q>龚䶮𠀋</q>', 'GBK'));
    await fetch(`${double.url}/other`);

    const all = await admin().requests();
    expect(
      all.map(({ sequence, method, path, body, operation }) => ({ sequence, method, path, body, operation })),
    ).toEqual([
      { sequence: 1, method: 'POST', path: '/query', body: '<q>龚䶮𠀋</q>', operation: 'query' },
      { sequence: 2, method: 'GET', path: '/other', body: '', operation: 'other' },
    ]);
    expect((await admin().requests('query')).length).toBe(1);
    await admin().clearRequests();
    expect(await admin().requests()).toEqual([]);
  });

  it('injects faults set over the admin endpoint, and journals the faulted requests too', async () => {
    await admin().setFaults({ errorRate: 1 });
    const failed = await post();
    expect([failed.status, await failed.text()]).toEqual([500, 'Internal Server Error']);

    await admin().setFaults({ malformed: true });
    const garbage = await post();
    expect([garbage.status, garbage.headers.get('content-type'), (await garbage.text()).startsWith('<<<')]).toEqual([
      200,
      'text/xml; charset=GBK',
      true,
    ]);

    await admin().setFaults({ drop: true });
    await expect(post()).rejects.toThrow('fetch failed');

    await admin().setFaults({ latencyMs: 150 });
    const started = Date.now();
    await post();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);

    expect(await admin().clearFaults()).toEqual(NO_FAULTS);
    expect((await post()).status).toBe(200);
    expect((await admin().requests('query')).length).toBe(5);
  });

  it('refuses an unknown or ill-typed fault', async () => {
    const response = await fetch(`${double.url}/__admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 2, flood: true }),
    });
    expect(response.status).toBe(400);
    expect(await admin().setFaults({})).toEqual(NO_FAULTS);
  });

  it('starts with the faults of MOCK_FAULTS', async () => {
    process.env.MOCK_FAULTS = JSON.stringify({ errorRate: 1 });
    try {
      const broken = await startEchoDouble();
      const response = await fetch(`${broken.url}/query`, { method: 'POST', body: '<q/>' });
      await broken.stop();
      expect(response.status).toBe(500);
    } finally {
      delete process.env.MOCK_FAULTS;
    }
  });
});
