// Browser tests of the dashboard: Debian's chromium driven headless by playwright-core, against a running
// `marsad serve` (MARSAD_URL, started by scripts/web_test.sh over the test articles in tests/server/).
// Screenshots go to web/test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = process.env.MARSAD_URL;
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const skip = !BASE ? 'MARSAD_URL not set (run scripts/web_test.sh)' : false;
let browser, page, profile;
const errors = [];

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
  // A fresh profile (--user-data-dir) each run: playwright takes it as the persistent context's folder.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  // (Console messages are not errors here: the tests provoke 400 and 404 replies on purpose.)
  // Fully offline: any request that leaves the server fails the test.
  await page.route('**/*', (route) => (route.request().url().startsWith(BASE) ? route.continue() : (errors.push(`external request ${route.request().url()}`), route.abort())));
});

after(async () => {
  if (browser) await browser.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const rows = () => page.locator('#events-table tbody tr');
async function waitCount(sel, attr) {
  await page.waitForFunction(([s, a]) => document.querySelector(s)?.dataset[a] !== undefined, [sel, attr]);
  return Number(await page.locator(sel).getAttribute(`data-${attr}`));
}

test('event table loads in Arabic, right to left', { skip }, async () => {
  await page.goto(`${BASE}/`);
  await page.waitForSelector('#events-table tbody tr td a.doc-link');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.ok((await rows().count()) >= 10);
  assert.match(await page.textContent('#stats'), /12/);
  await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
});

test('filters: actor, quad class, date range, text search', { skip }, async () => {
  const apply = async (fields) => {
    await page.click('#filters button[type=reset]');
    for (const [name, value] of Object.entries(fields)) {
      const sel = `#filters [name=${name}]`;
      if (await page.locator(sel).evaluate((e) => e.tagName) === 'SELECT') await page.selectOption(sel, value);
      else await page.fill(sel, value);
    }
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => !document.querySelector('#events-table tbody').textContent.includes('…'));
    await page.waitForTimeout(150);
    return page.locator('#events-table tbody tr').allTextContents();
  };
  // The table must show exactly what the API returns for the same filter (the API itself is checked
  // against the store in tests/server/api_test.py), and each filter must narrow the list.
  const apiCount = (qs) => page.evaluate(async (qs) => (await (await fetch('/api/events?' + qs)).json()).events.length, qs);
  const all = (await apply({})).length;
  let r = await apply({ actor: 'ISR' });
  assert.equal(r.length, await apiCount('actor=ISR'), r.join('\n'));
  assert.ok(r.length > 0 && r.length < all);
  r = await apply({ quad: '4' });
  assert.equal(r.length, await apiCount('quad=4'));
  assert.ok(r.length > 0 && r.length < all);
  r = await apply({ from: '2024-07', to: '2024-07-31' });
  assert.equal(r.length, await apiCount('from=2024-07&to=2024-07-31'));
  assert.ok(r.length > 0 && r.length < all);
  r = await apply({ q: 'موسكو' });
  assert.equal(r.length, await apiCount('q=' + encodeURIComponent('موسكو')));
  assert.ok(r.length > 0 && r.length < all);
  await page.screenshot({ path: join(SHOTS, 'events-filtered.png'), fullPage: true });
  r = await apply({ from: '2024-99' });
  assert.match(await page.textContent('#events-error'), /from/);
  await apply({});
});

test('language toggle switches labels and direction', { skip }, async () => {
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#tabs a[data-view=network]'), 'Network');
  await page.waitForFunction(() => document.querySelector('#page').textContent.startsWith('page'));
  assert.match(await page.textContent('#events-table tbody'), /Verbal cooperation/);
  await page.screenshot({ path: join(SHOTS, 'events-english.png') });
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.textContent('#tabs a[data-view=network]'), 'الشبكة');
});

test('article view highlights evidence, source and target and shows the rule', { skip }, async () => {
  await page.goto(`${BASE}/#events`);
  await page.click('#events-table a.doc-link >> text=t-001');
  await page.waitForSelector('#article-text mark.evidence');
  assert.equal(await page.textContent('#article-title'), 'زيارة إلى موسكو');
  // Nested spans are cut into segments: each kind's marks, joined, give its span.
  const marked = async (kind) => (await page.locator(`#article-text mark.${kind}`).allTextContents()).join('');
  assert.equal(await marked('evidence'), 'زار وزير الخارجية الإيراني موسكو');
  assert.equal(await marked('source'), 'وزير الخارجية الإيراني');
  assert.equal(await marked('target'), 'موسكو');
  assert.match(await page.textContent('#article-events li .rule'), /events\.tsv:\d+/);
  await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
  // A document with its location: the event list names the place.
  await page.goto(`${BASE}/#doc/t-009`);
  await page.waitForSelector('#article-text mark.target');
  // The highlights are exactly the byte spans the API gives (converted from UTF-8 offsets).
  const api = await page.evaluate(async () => (await (await fetch('/api/documents/t-009')).json()).events[0]);
  assert.equal(await marked('source'), api.source_text);
  assert.equal(await marked('target'), api.target_text);
  assert.match(await page.textContent('#article-events'), /موسكو/);
  await page.goto(`${BASE}/#doc/no-such-doc`);
  await page.waitForFunction(() => document.querySelector('#article-error').textContent !== '');
});

test('dyad view: quad classes over time and the Goldstein line', { skip }, async () => {
  await page.goto(`${BASE}/#dyad`);
  assert.equal(await waitCount('#dyad-chart', 'periods'), 3);
  assert.ok((await page.locator('#dyad-chart rect.bar').count()) >= 3);
  assert.equal(await page.locator('#dyad-chart path.goldstein').count(), 1);
  await page.screenshot({ path: join(SHOTS, 'dyad.png'), fullPage: true });
});

test('network view: actors and who acts on whom', { skip }, async () => {
  await page.goto(`${BASE}/#network`);
  assert.ok((await waitCount('#network-chart', 'nodes')) >= 8);
  assert.ok((await page.locator('#network-chart line.edge').count()) >= 8);
  await page.screenshot({ path: join(SHOTS, 'network.png'), fullPage: true });
});

test('map view: offline country shapes and event locations', { skip }, async () => {
  await page.goto(`${BASE}/#map`);
  assert.equal(await waitCount('#map-chart', 'places'), 5);
  assert.ok(Number(await page.locator('#map-chart').getAttribute('data-countries')) > 150);
  assert.equal(await page.locator('#map-chart circle.place').count(), 5);
  await page.screenshot({ path: join(SHOTS, 'map.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
