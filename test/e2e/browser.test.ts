import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { STATUS_PAGE_PATH } from '../../gateway/status-page';
import { startTestHub, TestHub } from '../support/hub';
import { SUPERVISOR } from '../support/identities';

// What the front-end teams and the hall's supervisors see, in a real browser: Debian's own
// Chromium (government machines get their browser from the distribution, not from a download),
// driven headless by playwright-core against the whole hub in-process.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // nothing may reach for the internet: the hub runs on an offline network
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PENSIONS_ROW = '城乡居民养老保险系统 pensions';

let hub: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // a missing browser must fail the suite, not skip it: CI installs it (.ci/run)
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is not installed at ${CHROMIUM}: run \`apt-get install chromium\``);
  }
  hub = await startTestHub('browser');
  // playwright gives each launch a fresh temporary profile, removed when the browser closes
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** The text of GraphiQL's result pane once an answer is in it. */
async function resultPane(): Promise<string> {
  const pane = page.locator('.graphiql-response .CodeMirror');
  await pane.filter({ hasText: '"data"' }).waitFor();
  return pane.evaluate((editor) => (editor as any).CodeMirror.getValue());
}

/** The pension system's row on the status page: its class, its status cell, and their colours. */
async function pensionsRow() {
  const status = page.locator('tr', { hasText: PENSIONS_ROW }).locator('td').last();
  return status.evaluate((cell) => {
    const style = (element: unknown) => (globalThis as any).getComputedStyle(element);
    return {
      className: cell.parentElement!.className,
      status: (cell as any).innerText,
      background: style(cell.parentElement).backgroundColor,
      colour: style(cell).color,
    };
  });
}

describe('in Chromium', () => {
  it('the explorer runs the public ServiceItemGuide example and shows its answer', async () => {
    await page.goto(new URL('/explorer', hub.gateway.url).href);
    await page.locator('.graphiql-tab', { hasText: 'ServiceItemGuide' }).click();
    // GraphiQL 4 reads the operation's name from the editor a moment after the tab switch; a run
    // before that still names the first tab's operation (PersonOverview), which the gateway refuses
    await page.waitForFunction(
      (name) =>
        (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operationName ===
        name,
      'ServiceItemGuide',
    );
    await page.locator('.graphiql-execute-button').click();
    expect(await resultPane()).toBe(
      JSON.stringify(
        {
          data: {
            serviceItem: {
              code: 'XK00001000-532503',
              version: 2,
              name: '林木采伐许可证核发',
              handlingMode: 'PROMISED',
              legalTimeLimit: 20,
              promisedTimeLimit: 10,
            },
          },
        },
        null,
        2,
      ),
    );
  });

  it('the status page turns the pension system red when its double stops', async () => {
    await page.setExtraHTTPHeaders({ authorization: `Bearer ${await hub.token(SUPERVISOR)}` });
    await page.goto(new URL(STATUS_PAGE_PATH, hub.gateway.url).href);
    expect(await pensionsRow()).toEqual({
      className: 'up',
      status: '正常 (ok)',
      background: 'rgba(0, 0, 0, 0)',
      colour: 'rgb(74, 222, 128)',
    });

    await hub.stopDouble('pensions');
    try {
      // the page refreshes itself every 15 seconds; a reload is that refresh, sooner
      await page.reload();
      // red, as the wall screen shows it: a dark red row, light red text
      expect(await pensionsRow()).toEqual({
        className: 'down',
        status: '不可用 (unavailable)',
        background: 'rgb(59, 18, 24)',
        colour: 'rgb(248, 113, 113)',
      });
    } finally {
      // hub.stop() stops every double, and a stopped one cannot stop again
      await hub.restartDouble('pensions');
    }
  });
});
