import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCases } from '../../../subgraphs/cases';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { startQueue } from '../../../subgraphs/queue';
import { Identity } from '../../../lib/auth/identity';
import { Terminal } from '../../../subgraphs/queue/terminal/terminals';
import { startGateway } from '../../../gateway';
import { loadSupergraphSdl } from '../../../gateway/supergraph';
import { createTestDatabase } from '../../support/database';
import { errorCodes, GraphQLAnswer, postGraphQL } from '../../support/graphql';
import { asClerk, SUPERVISOR } from '../../support/identities';
import { testToken } from '../../support/tokens';

/**
 * The queue through the graph over real HTTP: the seeded catalogue (the hall's zones and windows),
 * cases, the queue with a clock the test moves, and the hub's gateway, to which each device
 * presents its own TERMINAL token.
 */
const TERMINALS: Terminal[] = [
  { id: 'ST-F1-01', name: '一楼自助服务终端1号', zoneCode: 'MZ-F1-L' },
  { id: 'TM-F1-R', name: '一楼右侧取号机', zoneCode: 'MZ-F1-R' },
];
/** A device with a valid TERMINAL token that the hall does not list. */
const UNREGISTERED: Terminal = { id: 'TM-F9-99', name: '未登记的取号机', zoneCode: 'MZ-F1-L' };
const [TERMINAL, MACHINE] = TERMINALS;
const { forestFarmer, pensionContributor, partyMember } = NAMED_RESIDENTS;
const HARVEST = 'XK00001000-532503';

let now = new Date('2025-11-03T01:00:00Z');
/** Moves the queue's clock to a Shanghai wall-clock time. */
const at = (day: string, time: string) => (now = new Date(`${day}T${time}+08:00`));

const servers: { stop(): Promise<void> }[] = [];
const drops: (() => Promise<void>)[] = [];
let gatewayUrl: string;

/** Through the gateway, as a device (with its TERMINAL token), as another identity, or anonymous. */
async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  caller?: Terminal | Identity,
): Promise<GraphQLAnswer> {
  const identity: Identity | undefined =
    caller && !('roles' in caller) ? { subject: caller.id, roles: ['TERMINAL'] } : caller;
  const token = identity ? await testToken(identity) : undefined;
  return postGraphQL(gatewayUrl, query, variables, { signed: false, token });
}

beforeAll(async () => {
  const logger = createLogger('queue-test');
  const databases = await Promise.all(
    ['queue_it_catalogue', 'queue_it_cases', 'queue_it_queue'].map(createTestDatabase),
  );
  drops.push(...databases.map((database) => database.drop));
  const catalogue = await startCatalogue({ port: 0, databaseUrl: databases[0].url, logger });
  servers.unshift(catalogue);
  const cases: RunningServer = await startCases({
    port: 0,
    databaseUrl: databases[1].url,
    catalogueUrl: catalogue.url,
    logger,
    clock: () => new Date('2025-09-26T02:00:00Z'),
  });
  servers.unshift(cases);
  const queue = await startQueue({
    port: 0,
    databaseUrl: databases[2].url,
    catalogueUrl: catalogue.url,
    terminals: TERMINALS,
    logger,
    clock: () => now,
  });
  servers.unshift(queue);
  const gateway = await startGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: { catalogue: catalogue.url, cases: cases.url, queue: queue.url },
    port: 0,
    logger,
  });
  servers.unshift(gateway);
  gatewayUrl = gateway.url;

  const applications = [
    { resident: forestFarmer, channel: 'ONLINE' },
    { resident: pensionContributor, channel: 'ONLINE' },
    { resident: partyMember, channel: 'TERMINAL' },
  ];
  for (const [index, { resident, channel }] of applications.entries()) {
    const submitted = await gql(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { caseNumber } }`,
      {
        input: {
          idempotencyKey: `queue-it-${index}`,
          itemCode: HARVEST,
          applicant: { type: 'PERSON', name: resident.name, idNumber: resident.idNumber },
          channel,
          materials: ['M01', 'M02', 'M03', 'M04'],
        },
      },
      channel === 'TERMINAL' ? TERMINAL : { subject: resident.idNumber, roles: ['CITIZEN'] },
    );
    expect(submitted.errors).toBeUndefined();
  }
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const drop of drops) await drop();
});

const TAKE = `mutation ($input: TakeTicketInput!) {
  takeTicket(input: $input) { number serviceDay status zone { code } window { code } terminalId }
}`;
const take = (input: Record<string, unknown>, terminal = TERMINAL) => gql(TAKE, { input }, terminal);
const TICKET_FIELDS = 'id number status calledAt announcements window { code } servingWindow { code }';

async function takeId(input: Record<string, unknown>): Promise<string> {
  const answer = await gql(
    `mutation ($input: TakeTicketInput!) { takeTicket(input: $input) { id } }`,
    { input },
    TERMINAL,
  );
  return answer.data.takeTicket.id;
}
const callNext = async (windowCode: string) =>
  (
    await gql(
      `mutation ($w: String!) { callNextTicket(windowCode: $w) { ${TICKET_FIELDS} } }`,
      { w: windowCode },
      asClerk(windowCode),
    )
  ).data.callNextTicket;

describe('taking tickets (取号)', () => {
  it('numbers tickets per zone and day, for a zone, one of its windows, or the terminal’s own zone', async () => {
    at('2025-11-03', '09:00:00');
    const answers = [
      await take({}),
      await take({ zoneCode: 'MZ-F2-L' }),
      await take({ idNumber: forestFarmer.idNumber }),
      await take({ windowCode: 'DW-LYJ' }),
      await take({ windowCode: 'DW-MZ' }),
    ];
    expect(answers.map((answer) => answer.data.takeTicket)).toEqual([
      {
        number: 'A001',
        serviceDay: '2025-11-03',
        status: 'WAITING',
        zone: { code: 'MZ-F1-L' },
        window: null,
        terminalId: 'ST-F1-01',
      },
      {
        number: 'A001',
        serviceDay: '2025-11-03',
        status: 'WAITING',
        zone: { code: 'MZ-F2-L' },
        window: null,
        terminalId: 'ST-F1-01',
      },
      {
        number: 'A002',
        serviceDay: '2025-11-03',
        status: 'WAITING',
        zone: { code: 'MZ-F1-L' },
        window: null,
        terminalId: 'ST-F1-01',
      },
      {
        number: 'A002',
        serviceDay: '2025-11-03',
        status: 'WAITING',
        zone: { code: 'MZ-F2-L' },
        window: { code: 'DW-LYJ' },
        terminalId: 'ST-F1-01',
      },
      {
        number: 'A003',
        serviceDay: '2025-11-03',
        status: 'WAITING',
        zone: { code: 'MZ-F1-L' },
        window: { code: 'DW-MZ' },
        terminalId: 'ST-F1-01',
      },
    ]);
  });

  it('refuses a zone and a window together, unknown codes and a bad resident ID, naming the field', async () => {
    const refused = [
      await take({ zoneCode: 'MZ-F1-L', windowCode: 'DW-MZ' }),
      await take({ zoneCode: 'MZ-F9' }),
      await take({ windowCode: 'DW-NONE' }),
      await take({ idNumber: '340524198001010013' }),
    ];
    expect(refused.map((answer) => [answer.data, errorCodes(answer)])).toEqual([
      [null, [{ code: 'BAD_USER_INPUT', field: 'input.windowCode' }]],
      [null, [{ code: 'BAD_USER_INPUT', field: 'input.zoneCode' }]],
      [null, [{ code: 'BAD_USER_INPUT', field: 'input.windowCode' }]],
      [null, [{ code: 'BAD_USER_INPUT', field: 'input.idNumber' }]],
    ]);
  });

  it('restarts numbering at midnight Asia/Shanghai, and a window calls only today’s tickets', async () => {
    at('2025-11-04', '23:59:59');
    const before = [await take({}, MACHINE), await take({}, MACHINE)];
    at('2025-11-05', '00:00:00');
    const after = await take({}, MACHINE);
    expect([...before, after].map(({ data }) => [data.takeTicket.number, data.takeTicket.serviceDay])).toEqual([
      ['A001', '2025-11-04'],
      ['A002', '2025-11-04'],
      ['A001', '2025-11-05'],
    ]);
    const called = await gql(
      `mutation { callNextTicket(windowCode: "DW-BDC") { number serviceDay } }`,
      {},
      asClerk('DW-BDC'),
    );
    expect(called.data.callNextTicket).toEqual({ number: 'A001', serviceDay: '2025-11-05' });
  });

  it('gives twenty concurrent takes in one zone twenty distinct numbers, A001 to A020', async () => {
    at('2025-11-06', '08:30:00');
    const answers = await Promise.all(Array.from({ length: 20 }, () => take({ zoneCode: 'MZ-F2-RF' })));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    const numbers = answers.map((answer) => answer.data.takeTicket.number).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => `A${String(index + 1).padStart(3, '0')}`));
  });
});

describe('calling (叫号), skipping, recalling and transferring', () => {
  it('serves a zone’s queue in order across its windows, through every move', async () => {
    const day = '2025-11-07';
    at(day, '09:00:00');
    const a001 = await takeId({ idNumber: forestFarmer.idNumber });
    at(day, '09:01:00');
    const a002 = await takeId({});
    at(day, '09:02:00');
    await takeId({ windowCode: 'DW-MZ' });
    at(day, '09:03:00');
    const a004 = await takeId({});

    at(day, '09:05:00');
    // the clerk who called the ticket sees its holder (their cases only where handled at that window)
    const first = await gql(
      `mutation { callNextTicket(windowCode: "DW-GAJ") { number status calledAt servingWindow { code } person { idNumber } } }`,
      {},
      asClerk('DW-GAJ'),
    );
    expect(first.data.callNextTicket).toEqual({
      number: 'A001',
      status: 'CALLED',
      calledAt: '2025-11-07T01:05:00.000Z',
      servingWindow: { code: 'DW-GAJ' },
      person: { idNumber: forestFarmer.idNumber },
    });

    at(day, '09:06:00');
    expect((await callNext('CW-LIVELIHOOD')).number).toBe('A002');

    at(day, '09:07:00');
    const SKIP = `mutation ($id: ID!, $w: String!) { skipTicket(ticketId: $id, windowCode: $w) { number status } }`;
    const wrongWindow = await gql(SKIP, { id: a002, w: 'DW-GAJ' }, asClerk('DW-GAJ'));
    expect([wrongWindow.data, errorCodes(wrongWindow)]).toEqual([
      null,
      [{ code: 'ILLEGAL_TRANSITION', field: undefined }],
    ]);
    expect((await gql(SKIP, { id: a002, w: 'CW-LIVELIHOOD' }, asClerk('CW-LIVELIHOOD'))).data.skipTicket).toEqual({
      number: 'A002',
      status: 'SKIPPED',
    });

    // A003 waits for DW-MZ only, so the comprehensive window gets A004
    at(day, '09:08:00');
    expect((await callNext('CW-LIVELIHOOD')).number).toBe('A004');

    const RECALL = `mutation ($id: ID!, $w: String!) { recallTicket(ticketId: $id, windowCode: $w) { ${TICKET_FIELDS} } }`;
    at(day, '09:09:00');
    expect((await gql(RECALL, { id: a004, w: 'CW-LIVELIHOOD' }, asClerk('CW-LIVELIHOOD'))).data.recallTicket).toEqual({
      id: a004,
      number: 'A004',
      status: 'CALLED',
      calledAt: '2025-11-07T01:08:00.000Z',
      announcements: 2,
      window: null,
      servingWindow: { code: 'CW-LIVELIHOOD' },
    });
    // the skipped holder turns up: called back to the window, which is done with A004
    at(day, '09:10:00');
    expect((await gql(RECALL, { id: a002, w: 'CW-LIVELIHOOD' }, asClerk('CW-LIVELIHOOD'))).data.recallTicket).toEqual({
      id: a002,
      number: 'A002',
      status: 'CALLED',
      calledAt: '2025-11-07T01:06:00.000Z',
      announcements: 2,
      window: null,
      servingWindow: { code: 'CW-LIVELIHOOD' },
    });
    expect(
      (await gql(`query ($id: ID!) { ticket(id: $id) { status } }`, { id: a004 }, asClerk('CW-LIVELIHOOD'))).data
        .ticket,
    ).toEqual({
      status: 'SERVED',
    });

    const display = await gql(`{ callingDisplay(zoneCode: "MZ-F1-L") {
      zone { code name } waiting calls { window { code name } ticket { number announcedAt } } } }`);
    expect(display.data.callingDisplay).toEqual({
      zone: { code: 'MZ-F1-L', name: '民生事务综合受理区（一楼）' },
      waiting: 1,
      calls: [
        {
          window: { code: 'CW-LIVELIHOOD', name: '民生事务综合受理窗口' },
          ticket: { number: 'A002', announcedAt: '2025-11-07T01:10:00.000Z' },
        },
        {
          window: { code: 'DW-GAJ', name: '公安窗口' },
          ticket: { number: 'A001', announcedAt: '2025-11-07T01:05:00.000Z' },
        },
      ],
    });

    const TRANSFER = `mutation ($id: ID!, $w: String!) { transferTicket(ticketId: $id, toWindowCode: $w) { number status window { code } servingWindow { code } } }`;
    at(day, '09:11:00');
    const otherZone = await gql(TRANSFER, { id: a002, w: 'DW-LYJ' }, asClerk('CW-LIVELIHOOD'));
    expect([otherZone.data, errorCodes(otherZone)]).toEqual([
      null,
      [{ code: 'BAD_USER_INPUT', field: 'toWindowCode' }],
    ]);
    expect((await gql(TRANSFER, { id: a002, w: 'DW-WJJ' }, asClerk('CW-LIVELIHOOD'))).data.transferTicket).toEqual({
      number: 'A002',
      status: 'WAITING',
      window: { code: 'DW-WJJ' },
      servingWindow: null,
    });

    at(day, '09:12:00');
    expect(await callNext('DW-CL')).toBeNull();
    at(day, '09:13:00');
    expect(await callNext('DW-WJJ')).toEqual({
      id: a002,
      number: 'A002',
      status: 'CALLED',
      calledAt: '2025-11-07T01:06:00.000Z',
      announcements: 3,
      window: { code: 'DW-WJJ' },
      servingWindow: { code: 'DW-WJJ' },
    });
    expect((await callNext('DW-MZ')).number).toBe('A003');
  });

  it('links a ticket to the case its visit produced, once', async () => {
    at('2025-11-08', '09:00:00');
    const id = await takeId({ idNumber: pensionContributor.idNumber });
    const LINK = `mutation ($id: ID!, $c: String!) { linkTicketToCase(ticketId: $id, caseNumber: $c) { number case { caseNumber } } }`;
    const linked = await gql(LINK, { id, c: '53250320250926000002' }, asClerk('CW-LIVELIHOOD'));
    expect(linked.data.linkTicketToCase).toEqual({
      number: 'A001',
      case: { caseNumber: '53250320250926000002' },
    });
    expect((await gql(LINK, { id, c: '53250320250926000002' }, asClerk('CW-LIVELIHOOD'))).errors).toBeUndefined();
    const relinked = await gql(LINK, { id, c: '53250320250926000001' }, asClerk('CW-LIVELIHOOD'));
    expect([relinked.data, errorCodes(relinked)]).toEqual([null, [{ code: 'CONFLICT', field: undefined }]]);
    const missing = await gql(`{ ticket(id: "999999") { number } }`, {}, asClerk('CW-LIVELIHOOD'));
    expect([missing.data, errorCodes(missing)]).toEqual([null, [{ code: 'NOT_FOUND', field: undefined }]]);
  });
});

describe('wait statistics', () => {
  it('gives waiting now, average and 90th-percentile wait and served per hour, for the zone and each window', async () => {
    const day = '2025-11-10';
    const clock = (minutes: number) =>
      at(day, `${String(9 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`);
    // T1…T10 taken a minute apart from 09:00; Ti called at 09:00 + (2i − 1) min, so it waited i minutes
    const ids: string[] = [];
    for (let i = 1; i <= 10; i++) {
      clock(i - 1);
      ids.push(await takeId({ zoneCode: 'MZ-F1-R' }));
    }
    for (let i = 1; i <= 10; i++) {
      clock(2 * i - 1);
      const window = i % 2 === 1 ? 'DW-BDC' : 'DW-DSJ';
      expect((await callNext(window)).id).toBe(ids[i - 1]);
      if (i === 5) {
        await gql(
          `mutation ($id: ID!) { skipTicket(ticketId: $id, windowCode: "DW-BDC") { status } }`,
          { id: ids[4] },
          asClerk('DW-BDC'),
        );
      }
    }
    clock(20);
    const t11 = await takeId({ zoneCode: 'MZ-F1-R' });
    clock(21);
    await takeId({ windowCode: 'DW-DSJ' });
    clock(60);
    expect((await callNext('DW-BDC')).id).toBe(t11);

    const stats = await gql(
      `{ queueStats(zoneCode: "MZ-F1-R") {
      zone { code } day waiting served averageWaitSeconds p90WaitSeconds servedPerHour { hour served }
      windows { window { code } waiting served averageWaitSeconds p90WaitSeconds servedPerHour { hour served } } } }`,
      {},
      SUPERVISOR,
    );
    expect(stats.data.queueStats).toEqual({
      zone: { code: 'MZ-F1-R' },
      day,
      // T12 waits; waits 60…600 s and T11's 2400 s: mean 5700 / 11, the 10th of 11 is 600
      waiting: 1,
      served: 10,
      averageWaitSeconds: 518,
      p90WaitSeconds: 600,
      servedPerHour: [
        { hour: 9, served: 9 },
        { hour: 10, served: 1 },
      ],
      windows: [
        {
          window: { code: 'DW-BDC' },
          waiting: 0,
          served: 5,
          averageWaitSeconds: 650,
          p90WaitSeconds: 2400,
          servedPerHour: [
            { hour: 9, served: 4 },
            { hour: 10, served: 1 },
          ],
        },
        {
          window: { code: 'DW-DSJ' },
          waiting: 1,
          served: 5,
          averageWaitSeconds: 360,
          p90WaitSeconds: 600,
          servedPerHour: [{ hour: 9, served: 5 }],
        },
      ],
    });
  });
});

describe('self-service terminals', () => {
  const SESSION = `query ($id: String!) { terminal { id name zone { code name }
    resident(idNumber: $id) { idNumber cases { caseNumber itemName status channel } } } }`;

  it('get nothing without the token of a registered device', async () => {
    const answers = [
      await gql(SESSION, { id: forestFarmer.idNumber }),
      await gql(SESSION, { id: forestFarmer.idNumber }, UNREGISTERED),
      await take({}, UNREGISTERED),
    ];
    expect(answers.map((answer) => [answer.data, errorCodes(answer)])).toEqual([
      [null, [{ code: 'UNAUTHENTICATED', field: undefined }]],
      [null, [{ code: 'UNAUTHENTICATED', field: undefined }]],
      [null, [{ code: 'UNAUTHENTICATED', field: undefined }]],
    ]);
  });

  it('list one resident’s cases and only theirs', async () => {
    const [farmer, contributor] = [
      await gql(SESSION, { id: forestFarmer.idNumber }, TERMINAL),
      await gql(SESSION, { id: pensionContributor.idNumber }, TERMINAL),
    ];
    const terminal = {
      id: 'ST-F1-01',
      name: '一楼自助服务终端1号',
      zone: { code: 'MZ-F1-L', name: '民生事务综合受理区（一楼）' },
    };
    expect(farmer.data.terminal).toEqual({
      ...terminal,
      resident: {
        idNumber: forestFarmer.idNumber,
        cases: [
          {
            caseNumber: '53250320250926000001',
            itemName: '林木采伐许可证核发',
            status: 'SUBMITTED',
            channel: 'ONLINE',
          },
        ],
      },
    });
    expect(contributor.data.terminal).toEqual({
      ...terminal,
      resident: {
        idNumber: pensionContributor.idNumber,
        cases: [
          {
            caseNumber: '53250320250926000002',
            itemName: '林木采伐许可证核发',
            status: 'SUBMITTED',
            channel: 'ONLINE',
          },
        ],
      },
    });
  });

  it('refuse an ID number that fails its checksum', async () => {
    const answer = await gql(SESSION, { id: '340524198001010013' }, TERMINAL);
    expect([answer.data, errorCodes(answer)]).toEqual([null, [{ code: 'BAD_USER_INPUT', field: 'idNumber' }]]);
  });

  it('print an item’s service guide: every element, every material with its blank form', async () => {
    const answer = await gql(`{ terminal { serviceItem(code: "${HARVEST}") { code serviceGuide } } }`, {}, TERMINAL);
    expect(answer.data.terminal.serviceItem.serviceGuide).toBe(HARVEST_GUIDE);
  });
});

describe('supervision by channel', () => {
  it('counts the cases that came in at windows, online and at terminals', async () => {
    const answer = await gql(
      `{ channelStats(from: "2025-09-26", to: "2025-09-26") { channel received rejected decided inProgress } }`,
      {},
      SUPERVISOR,
    );
    expect(answer.data.channelStats).toEqual([
      { channel: 'WINDOW', received: 0, rejected: 0, decided: 0, inProgress: 0 },
      { channel: 'ONLINE', received: 2, rejected: 0, decided: 0, inProgress: 2 },
      { channel: 'TERMINAL', received: 1, rejected: 0, decided: 0, inProgress: 1 },
    ]);
    const before = await gql(`{ channelStats(from: "2025-09-27", to: "2025-09-26") { channel } }`, {}, SUPERVISOR);
    expect([before.data, errorCodes(before)]).toEqual([null, [{ code: 'BAD_USER_INPUT', field: 'to' }]]);
  });
});

/** The current (2020) version of the harvest-permit guide, as a terminal prints it. */
const HARVEST_GUIDE = [
  '办事指南：林木采伐许可证核发',
  '事项编码：XK00001000-532503（第2版，2020-07-01起施行）',
  '事项类型：行政许可',
  '实施主体：蒙自市林业局',
  '办理窗口：投资项目审批综合受理窗口',
  '办件类型：承诺件',
  '法定办结时限：20个工作日',
  '承诺办结时限：10个工作日',
  '收费标准：不收费',
  '服务对象：自然人、法人',
  '受理条件：采伐林木的单位或个人持有林木所有权证明；采伐符合年森林采伐限额；上年度采伐后已按规定完成更新造林。',
  '设定依据：《中华人民共和国森林法》（2019年修订）第五十六条、第五十七条；《中华人民共和国森林法实施条例》第三十二条',
  '网上办理深度：四级（全程网办）',
  '到办事现场次数：0次',
  '',
  '申请材料（共5项）：',
  '1. 林木采伐申请书（M01）',
  '   是否必需：必需',
  '   材料依据：《中华人民共和国森林法实施条例》第三十条',
  '   来源渠道：申请人自备',
  '   材料形式：原件，1份',
  '   受理方式：纸质或电子',
  '   签字签章：申请人签字；单位申请的加盖单位公章',
  '   空白表格：林木采伐申请书.docx',
  '   填写说明：写明采伐地点、面积、树种、株数、蓄积量和更新造林时间。',
  '   示范文本：林木采伐申请书（示范文本）.pdf',
  '2. 申请人居民身份证（M02）',
  '   是否必需：必需',
  '   材料依据：《中华人民共和国居民身份证法》第十四条',
  '   来源渠道：政府部门核发',
  '   材料形式：原件核验，留存复印件，1份',
  '   受理方式：纸质或电子',
  '   签字签章：复印件由申请人签字确认与原件一致',
  '   空白表格：无（由出具单位提供）',
  '   填写说明：提供申请人有效居民身份证原件核验，正反面复印在同一张A4纸上；已接入电子证照的可免交复印件。',
  '   示范文本：无',
  '3. 林权证（M03）',
  '   是否必需：必需',
  '   材料依据：《中华人民共和国森林法实施条例》第三十条',
  '   来源渠道：政府部门核发',
  '   材料形式：原件核验，留存复印件，1份',
  '   受理方式：纸质或电子',
  '   签字签章：复印件由申请人签字确认与原件一致',
  '   空白表格：无（由出具单位提供）',
  '   填写说明：提供林木所有权或使用权证书原件核验。',
  '   示范文本：无',
  '4. 伐区调查设计文件（M04）',
  '   是否必需：必需',
  '   材料依据：《中华人民共和国森林法实施条例》第三十条',
  '   来源渠道：其他（第三方出具）',
  '   材料形式：原件，1份',
  '   受理方式：纸质或电子',
  '   签字签章：加盖调查设计单位公章',
  '   空白表格：无（由出具单位提供）',
  '   填写说明：由具有资质的调查设计单位编制。',
  '   示范文本：无',
  '5. 授权委托书（M05）',
  '   是否必需：非必需（视情形提供）',
  '   材料依据：《中华人民共和国民法通则》第六十五条',
  '   来源渠道：申请人自备',
  '   材料形式：原件，1份',
  '   受理方式：纸质或电子',
  '   签字签章：委托人签字或加盖单位公章，受托人签字',
  '   空白表格：授权委托书.docx',
  '   填写说明：委托他人代办时提交，写明委托事项、权限和期限，并附受托人居民身份证复印件。',
  '   示范文本：授权委托书（示范文本）.pdf',
  '',
  '办理流程：',
  '1. 受理（投资项目审批综合受理窗口，当日）：核验申请人身份和材料；材料齐全、符合法定形式的当场受理并出具受理通知书，材料不全的一次性告知需补正的全部内容。',
  '2. 审查（市林业局承办股室，7个工作日）：对申请材料进行实质审查，需要现场核查的组织核查。',
  '3. 决定（市林业局分管领导，3个工作日）：作出准予或不予的决定；不予的书面说明理由并告知申请人依法享有的权利。',
  '4. 送达（投资项目审批综合受理窗口，当日）：统一窗口出件：结果文书由窗口送达或邮寄申请人。',
].join('\n');
