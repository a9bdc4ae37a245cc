import fs, { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createForestryLandUseClient } from '../../../../adapters/forestry-land-use';
import { startForestryLandUseDouble } from '../../../../adapters/forestry-land-use/mock';
import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createLogger } from '../../../../lib/logger';
import { itReportsFaultKinds } from '../../../support/legacy-faults';

const TIMBER_COMPANY = '91532503MA6K123404';
const RARE_NAME_APPLICANT = '53250319780312006X';
const RARE_NAME = '龚䶮𠀋';
const TIMEOUT_MS = 400;

let double: RunningDouble;
let admin: ReturnType<typeof doubleAdmin>;
const clients: ReturnType<typeof createForestryLandUseClient>[] = [];

function client(url = double.url, failureThreshold = 100) {
  const created = createForestryLandUseClient({
    url,
    logger: createLogger('test'),
    timeoutMs: TIMEOUT_MS,
    retry: { attempts: 2, baseDelayMs: 10 },
    breaker: { failureThreshold, resetTimeoutMs: 60_000 },
  });
  clients.push(created);
  return created;
}

/** A stand-in for the system that answers every request with `xml` (declared GBK, written GB18030). */
async function answering(xml: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/xml; charset=GBK' }).end(iconv.encode(xml, 'gb18030')),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

beforeAll(async () => {
  double = await startForestryLandUseDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterEach(() => admin.reset());
afterAll(async () => {
  clients.forEach((created) => created.close());
  await double.stop();
});

describe('forestry-land-use client against its double (GBK XML over POST)', () => {
  it('reads the timber company’s and the rare-name applicant’s approvals in one call, the name intact', async () => {
    const approvals = await client().approvalsByApplicant([TIMBER_COMPANY, RARE_NAME_APPLICANT, '532503198001010015']);

    expect(Object.fromEntries(approvals)).toEqual({
      [TIMBER_COMPANY]: [
        {
          approvalNumber: 'LD2018-0001',
          applicantId: TIMBER_COMPANY,
          applicantName: '蒙自林丰木业有限公司',
          projectName: '林丰木业木材加工厂建设项目',
          location: '蒙自市草坝镇碧色寨村 8林班2小班',
          area: 50000,
          landUseType: 'PERMANENT',
          vegetationRestorationFee: 50000000,
          approvalDate: '2018-11-15',
          status: 'APPROVED',
        },
      ],
      [RARE_NAME_APPLICANT]: [
        {
          approvalNumber: 'LD2019-0002',
          applicantId: RARE_NAME_APPLICANT,
          applicantName: RARE_NAME,
          projectName: '草坝村农村道路建设',
          location: '蒙自市文澜镇草坝村 3林班',
          area: 3500,
          landUseType: 'TEMPORARY',
          vegetationRestorationFee: 2100000,
          approvalDate: '2019-06-18',
          status: 'APPROVED',
        },
      ],
      '532503198001010015': [],
    });
    const calls = await admin.requests('LDSHCX');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['content-type']).toBe('text/xml; charset=GBK');
    expect(calls[0].body).toContain(`<ZJHM>${TIMBER_COMPANY}</ZJHM><ZJHM>${RARE_NAME_APPLICANT}</ZJHM>`);
  });

  it('really sends GB18030 under a GBK label: a plain GBK decoder would lose the rare characters', async () => {
    const response = await fetch(`${double.url}/lysh/cx`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=GBK' },
      body: iconv.encode(
        `<?xml version="1.0" encoding="GBK"?><LDSHCX><ZJHM>${RARE_NAME_APPLICANT}</ZJHM></LDSHCX>`,
        'gbk',
      ),
    });
    const bytes = Buffer.from(await response.arrayBuffer());

    expect(response.headers.get('content-type')).toBe('text/xml; charset=GBK');
    expect(bytes.includes(iconv.encode(RARE_NAME, 'gb18030'))).toBe(true);
    expect(iconv.decode(bytes, 'gb18030')).toContain(`<SQR>${RARE_NAME}</SQR>`);
    expect(iconv.decode(bytes, 'gbk')).not.toContain(RARE_NAME);
  });

  describe('refuses hostile XML with LEGACY_BAD_RESPONSE and reads nothing from disk', () => {
    const secretFile = join(mkdtempSync(join(tmpdir(), 'xxe-')), 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-CONTENT');

    it.each([
      [
        'an external entity (XXE)',
        `<?xml version="1.0" encoding="GBK"?><!DOCTYPE LDSHJG [<!ENTITY xxe SYSTEM "file://${secretFile}">]><LDSHJG><JGDM>0</JGDM><JGXX>&xxe;</JGXX></LDSHJG>`,
      ],
      [
        'an entity bomb',
        `<?xml version="1.0"?><!DOCTYPE LDSHJG [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><LDSHJG><JGDM>0</JGDM><JGXX>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</JGXX></LDSHJG>`,
      ],
    ])('%s', async (_what, xml) => {
      const stand = await answering(xml);
      const reads = [
        jest.spyOn(fs, 'readFileSync'),
        jest.spyOn(fs, 'openSync'),
        jest.spyOn(fs.promises, 'readFile'),
        jest.spyOn(fs, 'readFile'),
      ];
      try {
        const failure = await client(stand.url)
          .approvalsByApplicant([TIMBER_COMPANY])
          .catch((error: unknown) => error);

        expect(failure).toMatchObject({
          extensions: { code: 'LEGACY_BAD_RESPONSE', system: 'forestry-land-use', operation: 'LDSHCX' },
        });
        expect(String((failure as Error).message)).not.toContain('TOP-SECRET');
        for (const read of reads)
          expect(read.mock.calls.filter(([path]) => String(path).includes('secret'))).toEqual([]);
      } finally {
        reads.forEach((read) => read.mockRestore());
        stand.server.close();
      }
    });
  });

  it('turns JGDM 1 (请求格式错误) into LEGACY_REJECTED with the legacy code', async () => {
    await expect(client().approvalsByApplicant([])).rejects.toMatchObject({
      extensions: { code: 'LEGACY_REJECTED', system: 'forestry-land-use', operation: 'LDSHCX', legacyCode: '1' },
    });
  });

  itReportsFaultKinds({
    system: 'forestry-land-use',
    operation: 'LDSHCX',
    timeoutMs: TIMEOUT_MS,
    admin: () => admin,
    lookup: () => client().approvalsByApplicant([TIMBER_COMPANY]),
    breaking: () => {
      const breaking = client(double.url, 2);
      return { caller: breaking.caller, lookup: () => breaking.approvalsByApplicant([TIMBER_COMPANY]) };
    },
    breakerFault: { drop: true },
  });
});
