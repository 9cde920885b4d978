// Drives /map in Debian's headless Chromium through playwright-core, as a person would: waits for the
// points, filters, clicks a point, searches, and takes a screenshot. Prints what it saw as one JSON
// object on stdout; the C# test (MapBrowserTests) holds the expectations.
//
// usage: node map/map-browser.mjs <base-url> <screenshot.png>
// Every request that leaves the API's origin is aborted and reported: the page must work offline.
import { chromium } from 'playwright-core';

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error('usage: node map/map-browser.mjs <base-url> <screenshot.png>');
  process.exit(2);
}
const origin = new URL(baseUrl).origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  timeout: 60_000,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(30_000);
  const external = [];
  const errors = [];
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  // The MapFilter of every clusterMap request the page sends, in order.
  const mapFilters = [];
  page.on('request', (request) => {
    const body = request.url().endsWith('/graphql') ? JSON.parse(request.postData() ?? '{}') : {};
    if (body.query?.startsWith('query Map(')) mapFilters.push(body.variables.filter);
  });

  const ready = () => page.waitForSelector('#map[data-state="ready"]');
  const drawn = async () => ({
    count: Number(await page.textContent('#count')),
    ids: await page.$$eval('#points circle', (circles) => circles.map((c) => c.dataset.id)),
    lines: await page.$$eval('#lines line', (lines) => lines.length),
  });
  // Changing a select fires 'change', which starts a redraw at once (data-state = loading).
  const choose = async (id, value) => { await page.selectOption(`#${id}`, value); await ready(); };

  await page.goto(new URL('/map', baseUrl).toString());
  await ready();
  const all = await drawn();

  await choose('industry', 'industry:semiconductor');
  const industry = await drawn();
  const industryStages = await page.$$eval('#stage option', (options) => options.map((o) => o.value).filter(Boolean));

  await choose('stage', 'stage:semiconductor-packaging-test');
  const stage = await drawn();
  const stageUrl = new URL(page.url()).search;

  await choose('region', 'region:incheon');
  const incheonBackEnd = await drawn();

  await page.click('#points circle[data-id="company:amkor-technology-korea"]');
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Amkor Technology Korea');
  const panel = await page.$eval('#panel', (aside) => ({
    title: aside.querySelector('h2').textContent,
    // A blockquote holds the quote, then <br>, then the cited source.
    quotes: [...aside.querySelectorAll('blockquote')].map((q) => q.firstChild.textContent),
    sources: [...aside.querySelectorAll('blockquote cite')].map((cite) => cite.textContent),
    selected: document.querySelector('#points circle.selected')?.dataset.id ?? null,
  }));

  await page.check('#relations');
  await ready();
  const withRelations = await drawn();

  await page.fill('#search', '스태츠칩팩');
  await page.waitForSelector('#results button');
  const searchResults = await page.$$eval('#results button', (buttons) => buttons.map((b) => b.dataset.id));
  await page.click('#results button[data-id="company:stats-chippac-korea"]');
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'STATS ChipPAC Korea');
  const searchPanelTitle = await page.textContent('#panel h2');

  await page.fill('#asOf', '2023-03-01');
  await ready();
  const asOfFilter = mapFilters.at(-1);

  // The screenshot: all of Korea with its relations, Amkor Technology Korea selected.
  await page.fill('#search', '');
  await page.fill('#asOf', '');
  await choose('region', '');
  await choose('stage', '');
  await choose('industry', '');
  await page.click('#points circle[data-id="company:amkor-technology-korea"]');
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Amkor Technology Korea');
  const screenshotView = await drawn();
  const outlinePaths = await page.$$eval('#outline path', (paths) => paths.length);
  await page.screenshot({ path: screenshotPath });

  console.log(JSON.stringify({
    external, errors, all, industry, industryStages, stage, stageUrl, incheonBackEnd, panel, withRelations,
    searchResults, searchPanelTitle, asOfFilter, screenshotView, outlinePaths,
  }));
} finally {
  await browser.close();
}
