import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startForestryLandUseDouble } from '../../../adapters/forestry-land-use/mock';
import { CONTENT_TYPE, decodeDocument, encodeDocument } from '../../../adapters/forestry-land-use/wire';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { RunningDouble, StartDoubleOptions } from '../../../adapters/kit/mock/start';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { PensionsClient } from '../../../adapters/pensions';
import { DOUBLE_CREDENTIALS, startPensionsDouble } from '../../../adapters/pensions/mock';
import { createLogger } from '../../../lib/logger';

const { forestFarmer, pensioner, rareNameApplicant } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;
const MARKET = '蒙自市雨过铺镇木材交易市场';
const ID_NUMBERS = [forestFarmer.idNumber, pensioner.idNumber, rareNameApplicant.idNumber, timberCompany.creditCode];

const directories: string[] = [];
const recordings = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-recording-'));
  directories.push(dir);
  return dir;
};
afterAll(() => directories.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The "real" system, a double in proxy mode recording it, and later a double playing the recording back. */
async function recordThenPlayBack<T>(
  start: (options: StartDoubleOptions) => Promise<RunningDouble>,
  session: (url: string) => Promise<T>,
) {
  const dir = recordings();
  const real = await start({ port: 0 });
  const recorder = await start({ port: 0, traffic: { proxy: real.url, record: dir } });
  const recorded = await session(recorder.url).finally(() => Promise.all([recorder.stop(), real.stop()]));
  const player = await start({ port: 0, traffic: { playback: dir } });
  const played = await session(player.url).finally(() => player.stop());
  const files = readdirSync(dir).sort();
  return { recorded, played, files, text: (file: string) => readFileSync(join(dir, file), 'utf8') };
}

const postJson = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
};

const transport = (yszh: string, cfxkzh: string, sz: string, ysl: string, qfrq: string, yxqz: string, zt = '2') => ({
  yszh,
  cfxkzh,
  hzmc: '李**',
  hzzjhm: '532503********0015',
  sz,
  ysl,
  qyd: '蒙自市文澜镇三道桥村',
  mdd: MARKET,
  qfrq,
  yxqz,
  zt,
});

describe('record and playback', () => {
  it('records a JSON exchange scrubbed, and plays it back with the ID asked for restored', async () => {
    const { recorded, played, files, text } = await recordThenPlayBack(startForestryTransportDouble, async (url) => [
      await postJson(`${url}/api/ysz/query`, { hzzjhm: [forestFarmer.idNumber] }),
      await postJson(`${url}/api/ysz/query`, { hzzjhm: [pensioner.idNumber] }),
    ]);

    const list = [
      transport('YS2019-0001', 'CF2019-0001', '云南松', '20.000', '20190402', '20190412'),
      transport('YS2019-0002', 'CF2019-0001', '云南松', '18.500', '20190510', '20190520'),
      transport('YS2020-0003', 'CF2020-0002', '华山松', '12.250', '20200315', '20200325'),
    ];
    expect(files).toEqual(['0001-queryTransportPermits.json', '0002-queryTransportPermits.json']);
    expect(text(files[0])).toBe(
      JSON.stringify(
        {
          operation: 'queryTransportPermits',
          request: {
            method: 'POST',
            path: '/api/ysz/query',
            headers: { 'content-type': 'application/json' },
            body: '{"hzzjhm":["532503********0015"]}',
          },
          response: {
            status: 200,
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify({ code: '0000', msg: '成功', data: { total: 3, list } }),
          },
        },
        null,
        2,
      ) + '\n',
    );
    // the answer as played back: every field as recorded, the holder's ID the one asked for
    const withId = list.map((permit) => ({ ...permit, hzzjhm: forestFarmer.idNumber }));
    expect(played).toEqual([
      {
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ code: '0000', msg: '成功', data: { total: 3, list: withId } }),
      },
      {
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: '{"code":"1004","msg":"查无记录","data":null}',
      },
    ]);
    expect(played).toEqual(recorded.map((answer) => ({ ...answer, body: answer.body.replaceAll('李国林', '李**') })));
  });

  it('answers a request nobody recorded with 404 NO_RECORDING', async () => {
    const dir = recordings();
    const empty = await startForestryTransportDouble({ port: 0, traffic: { playback: dir } });
    try {
      expect(await postJson(`${empty.url}/api/ysz/query`, { hzzjhm: [forestFarmer.idNumber] })).toEqual({
        status: 404,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({
          error: 'NO_RECORDING',
          message: `no recording in ${dir} matches this request`,
          operation: 'queryTransportPermits',
        }),
      });
    } finally {
      await empty.stop();
    }
  });

  it('records SOAP 1.2 with WS-Security through the real adapter: no password, no ID, same answers', async () => {
    const { recorded, played, files, text } = await recordThenPlayBack(startPensionsDouble, async (baseUrl) => {
      const client = new PensionsClient({
        baseUrl,
        ...DOUBLE_CREDENTIALS,
        settings: {
          timeoutMs: 3000,
          retry: { attempts: 1, baseDelayMs: 10 },
          breaker: { failureThreshold: 5, resetTimeoutMs: 10_000 },
        },
        logger: createLogger('test'),
      });
      try {
        return Object.fromEntries(await client.findAccounts([forestFarmer.idNumber, pensioner.idNumber]));
      } finally {
        client.close();
      }
    });

    expect(files).toEqual(['0001-QueryPersons.json']);
    const fixture = text(files[0]);
    for (const secret of [...ID_NUMBERS, DOUBLE_CREDENTIALS.password, forestFarmer.name, pensioner.name])
      expect(fixture).not.toContain(secret);
    expect(fixture).toContain('>***</wsse:Password>');
    expect(Object.keys(played)).toEqual([forestFarmer.idNumber, pensioner.idNumber]);
    expect(played).toEqual({
      [forestFarmer.idNumber]: { ...recorded[forestFarmer.idNumber], name: '李**' },
      [pensioner.idNumber]: {
        ...recorded[pensioner.idNumber],
        name: `${Array.from(pensioner.name)[0]}${'*'.repeat(Array.from(pensioner.name).length - 1)}`,
      },
    });
  });

  it('records GBK XML as text and plays it back in GBK, rare characters intact', async () => {
    const query = (url: string) =>
      fetch(`${url}/lysh/cx`, {
        method: 'POST',
        headers: { 'content-type': CONTENT_TYPE },
        body: encodeDocument({ LDSHCX: { ZJHM: [rareNameApplicant.idNumber] } }),
      }).then(async (response) => ({
        contentType: response.headers.get('content-type'),
        document: decodeDocument(Buffer.from(await response.arrayBuffer()), CONTENT_TYPE, ['SHJL']),
      }));
    const { recorded, played, files, text } = await recordThenPlayBack(startForestryLandUseDouble, query);

    expect(JSON.parse(text(files[0])).request.body).toBe(
      '<?xml version="1.0" encoding="GBK"?><LDSHCX><ZJHM>532503********006X</ZJHM></LDSHCX>',
    );
    expect(recorded.document.LDSHJG.SHJL[0].SQR).toBe('龚䶮𠀋');
    expect(played).toEqual({
      contentType: 'text/xml; charset=GBK',
      document: {
        ...recorded.document,
        LDSHJG: { ...recorded.document.LDSHJG, SHJL: [{ ...recorded.document.LDSHJG.SHJL[0], SQR: '龚**' }] },
      },
    });
  });
});
