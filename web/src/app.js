// marsad dashboard: plain ES module over the JSON API (docs/api.md). d3 and topojson are the prebuilt
// files from npm (globals d3 and topojson, loaded by index.html). All data goes into the page as text
// nodes (never as HTML).
import { LABELS, setLang, t, currentLang } from './i18n.js';
import { byteToIndexMap, byteSpanToIndices, segment } from './utf8.js';

const QUAD_COLORS = { 1: '#2b8cbe', 2: '#31a354', 3: '#fd8d3c', 4: '#de2d26' };
const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ''));
  return e;
};

async function api(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
  const res = await fetch(`/api/${path}${qs.toString() ? '?' + qs : ''}`);
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// ---------------------------------------------------------------------------------------------- views
const state = { offset: 0, limit: 50, filters: {}, rendered: {} };

function showView(name, arg) {
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== `view-${name}`;
  for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.view === name);
  document.body.dataset.view = name;
  if (name === 'events' && !state.rendered.events) loadEvents();
  if (name === 'dyad') loadDyad();
  if (name === 'network') loadNetwork();
  if (name === 'map') loadMap();
  if (name === 'article' && arg) loadArticle(arg);
}

function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith('doc/')) return showView('article', hash.slice(4));
  showView(['events', 'dyad', 'network', 'map', 'article'].includes(hash) ? hash : 'events');
}

// ----------------------------------------------------------------------------------------- events view
async function loadEvents() {
  state.rendered.events = true;
  const tbody = $('#events-table tbody');
  $('#events-error').textContent = '';
  try {
    const data = await api('events', { ...state.filters, limit: state.limit, offset: state.offset });
    tbody.replaceChildren(...data.events.map((e) => el('tr', { class: `q${e.quad_class}` },
      el('td', {}, e.day || ''),
      el('td', { class: 'code', title: e.source_text || '' }, e.source || ''),
      el('td', { class: 'code', title: e.target_text || '' }, e.target || ''),
      el('td', { class: 'code' }, e.cameo),
      el('td', { class: `q${e.quad_class}` }, t(`q${e.quad_class}`)),
      el('td', { class: 'code' }, String(e.goldstein)),
      el('td', {}, t(e.modality)),
      el('td', { lang: 'ar', dir: 'rtl' }, e.evidence || ''),
      el('td', {}, el('a', { href: `#doc/${encodeURIComponent(e.doc_id)}`, class: 'doc-link' }, e.doc_id)))));
    if (!data.events.length) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 9 }, t('noEvents'))));
    $('#prev').disabled = state.offset === 0;
    $('#next').disabled = !data.has_more;
    $('#page').textContent = `${t('page')} ${Math.floor(state.offset / state.limit) + 1}`;
    $('#events-table').dataset.count = String(data.events.length);
  } catch (err) {
    $('#events-error').textContent = `${t('error')}: ${err.message}`;
    tbody.replaceChildren();
    $('#events-table').dataset.count = '0';
  }
}

function readFilters() {
  const form = new FormData($('#filters'));
  const f = {};
  for (const [k, v] of form.entries()) if (String(v).trim() !== '') f[k] = String(v).trim();
  return f;
}

// ------------------------------------------------------------------------------------------- dyad view
async function loadDyad() {
  const form = new FormData($('#dyad-form'));
  const a = String(form.get('a')).trim().toUpperCase(), b = String(form.get('b')).trim().toUpperCase();
  const chart = $('#dyad-chart');
  $('#dyad-error').textContent = '';
  chart.replaceChildren();
  try {
    const data = await api('series', { dyad: `${a},${b}`, by: form.get('by') });
    drawDyad(chart, data.series);
    chart.dataset.periods = String(data.series.length);
  } catch (err) {
    $('#dyad-error').textContent = `${t('error')}: ${err.message}`;
  }
  $('#dyad-legend').replaceChildren(...[1, 2, 3, 4].map((q) => el('span', {}, el('i', { style: `background:${QUAD_COLORS[q]}` }), t(`q${q}`))),
    el('span', {}, el('i', { style: 'background:#333;height:2px' }), t('gsum')));
}

function drawDyad(container, series) {
  const W = 900, H = 360, m = { top: 20, right: 50, bottom: 50, left: 50 };
  const svg = d3.select(container).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('direction', 'ltr');
  if (!series.length) {
    svg.append('text').attr('x', W / 2).attr('y', H / 2).attr('text-anchor', 'middle').text(t('noData'));
    return;
  }
  const x = d3.scaleBand().domain(series.map((d) => d.period)).range([m.left, W - m.right]).padding(0.2);
  const stack = d3.stack().keys(['1', '2', '3', '4'])(series.map((d) => ({ period: d.period, ...d.quad })));
  const ymax = d3.max(series, (d) => d.quad[1] + d.quad[2] + d.quad[3] + d.quad[4]) || 1;
  const y = d3.scaleLinear().domain([0, ymax]).nice()
    .range([H - m.bottom, m.top]);
  const gext = d3.extent(series, (d) => d.goldstein);
  const y2 = d3.scaleLinear().domain([Math.min(0, gext[0]), Math.max(0, gext[1])]).nice().range([H - m.bottom, m.top]);
  svg.append('g').selectAll('g').data(stack).join('g').attr('fill', (s) => QUAD_COLORS[s.key]).attr('class', (s) => `quad-${s.key}`)
    .selectAll('rect').data((s) => s).join('rect').attr('class', 'bar')
    .attr('x', (d) => x(d.data.period)).attr('width', x.bandwidth())
    .attr('y', (d) => y(d[1])).attr('height', (d) => y(d[0]) - y(d[1]));
  svg.append('g').attr('transform', `translate(0,${H - m.bottom})`).call(d3.axisBottom(x))
    .selectAll('text').attr('transform', 'rotate(-30)').attr('text-anchor', 'end');
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(Math.min(5, ymax), 'd'));
  svg.append('g').attr('transform', `translate(${W - m.right},0)`).call(d3.axisRight(y2).ticks(5));
  const line = d3.line().x((d) => x(d.period) + x.bandwidth() / 2).y((d) => y2(d.goldstein));
  svg.append('path').datum(series).attr('class', 'goldstein').attr('fill', 'none').attr('stroke', '#333').attr('stroke-width', 2).attr('d', line);
  svg.append('g').selectAll('circle').data(series).join('circle').attr('r', 3.5).attr('fill', '#333')
    .attr('cx', (d) => x(d.period) + x.bandwidth() / 2).attr('cy', (d) => y2(d.goldstein))
    .append('title').text((d) => `${d.period}: ${t('gsum')} ${d.goldstein}`);
}

// ---------------------------------------------------------------------------------------- network view
async function loadNetwork() {
  const chart = $('#network-chart');
  chart.replaceChildren();
  const data = await api('dyads', { limit: 300 }).catch(() => ({ dyads: [] }));
  const W = 900, H = 560;
  const nodes = new Map();
  for (const d of data.dyads) for (const c of [d.source, d.target]) if (!nodes.has(c)) nodes.set(c, { id: c, weight: 0 });
  for (const d of data.dyads) { nodes.get(d.source).weight += d.events; nodes.get(d.target).weight += d.events; }
  const links = data.dyads.map((d) => ({ source: d.source, target: d.target, events: d.events }));
  const svg = d3.select(chart).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('direction', 'ltr');
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -5 10 10').attr('refX', 18).attr('refY', 0)
    .attr('markerWidth', 6).attr('markerHeight', 6).attr('orient', 'auto').append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', '#888');
  const sim = d3.forceSimulation([...nodes.values()])
    .force('link', d3.forceLink(links).id((d) => d.id).distance(90))
    .force('charge', d3.forceManyBody().strength(-260))
    .force('center', d3.forceCenter(W / 2, H / 2))
    .force('collide', d3.forceCollide(28))
    .force('x', d3.forceX(W / 2).strength(0.12)).force('y', d3.forceY(H / 2).strength(0.12)).stop();
  for (let i = 0; i < 300; i++) sim.tick();  // a static layout: the same picture every time
  const clampX = (v) => Math.max(20, Math.min(W - 20, v)), clampY = (v) => Math.max(20, Math.min(H - 20, v));
  svg.append('g').selectAll('line').data(links).join('line').attr('class', 'edge').attr('stroke', '#999')
    .attr('stroke-width', (d) => 1 + Math.log2(d.events)).attr('marker-end', 'url(#arrow)')
    .attr('x1', (d) => clampX(d.source.x)).attr('y1', (d) => clampY(d.source.y))
    .attr('x2', (d) => clampX(d.target.x)).attr('y2', (d) => clampY(d.target.y))
    .append('title').text((d) => `${d.source.id} → ${d.target.id}: ${d.events}`);
  const g = svg.append('g').selectAll('g').data([...nodes.values()]).join('g').attr('class', 'node')
    .attr('transform', (d) => `translate(${clampX(d.x)},${clampY(d.y)})`);
  g.append('circle').attr('r', (d) => 6 + 2 * Math.sqrt(d.weight)).attr('fill', '#1f3a4d').attr('opacity', 0.85);
  g.append('text').attr('dy', -12).attr('text-anchor', 'middle').text((d) => d.id);
  chart.dataset.nodes = String(nodes.size);
  chart.dataset.edges = String(links.length);
}

// -------------------------------------------------------------------------------------------- map view
let worldPromise = null;
async function loadMap() {
  const chart = $('#map-chart');
  chart.replaceChildren();
  worldPromise ??= fetch('vendor/countries-110m.json').then((r) => r.json());
  const [world, data] = await Promise.all([worldPromise, api('locations', { limit: 1000 }).catch(() => ({ locations: [] }))]);
  const W = 960, H = 500;
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = d3.select(chart).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('direction', 'ltr');
  svg.append('path').datum({ type: 'Sphere' }).attr('d', path).attr('fill', '#eaf2f8');
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'country')
    .attr('d', path).attr('fill', '#d9d9d9').attr('stroke', '#fff').attr('stroke-width', 0.5);
  const r = d3.scaleSqrt().domain([1, d3.max(data.locations, (d) => d.events) || 1]).range([4, 18]);
  svg.append('g').selectAll('circle').data(data.locations).join('circle').attr('class', 'place')
    .attr('cx', (d) => projection([d.lon, d.lat])[0]).attr('cy', (d) => projection([d.lon, d.lat])[1])
    .attr('r', (d) => r(d.events)).attr('fill', (d) => (d.conflict > d.events / 2 ? QUAD_COLORS[4] : QUAD_COLORS[1]))
    .attr('fill-opacity', 0.75).attr('stroke', '#fff')
    .append('title').text((d) => `${d.name} (${d.country}): ${d.events}`);
  $('#map-list').replaceChildren(...data.locations.map((d) => el('li', {}, `${d.name} (${d.country}): ${d.events}`)));
  chart.dataset.places = String(data.locations.length);
  chart.dataset.countries = String(countries.features.length);
}

// ---------------------------------------------------------------------------------------- article view
async function loadArticle(id) {
  $('#article-error').textContent = '';
  $('#article-text').replaceChildren(t('loading'));
  $('#article-events').replaceChildren();
  let data;
  try {
    data = await api(`documents/${encodeURIComponent(id)}`);
  } catch (err) {
    $('#article-error').textContent = `${t('error')}: ${err.message}`;
    $('#article-text').replaceChildren();
    return;
  }
  const doc = data.document;
  $('#article-title').textContent = doc.title || doc.id;
  $('#article-meta').textContent = [doc.source, doc.date, doc.url].filter(Boolean).join(' · ');
  const map = byteToIndexMap(doc.text);
  const select = (i) => {
    const e = data.events[i];
    const spans = [];
    const add = (kind, s, en) => { if (s != null && en != null && en > s) { const [a, b] = byteSpanToIndices(map, s, en); spans.push({ kind, start: a, end: b }); } };
    if (e) { add('evidence', e.evidence_start, e.evidence_end); add('source', e.source_start, e.source_end); add('target', e.target_start, e.target_end); }
    const box = $('#article-text');
    box.replaceChildren(...segment(doc.text, spans).map((s) => {
      if (!s.kinds.length) return document.createTextNode(s.text);
      let node = document.createTextNode(s.text);
      for (const kind of ['target', 'source', 'evidence']) if (s.kinds.includes(kind)) node = el('mark', { class: kind }, node);
      return node;
    }));
    for (const li of document.querySelectorAll('#article-events li')) li.classList.toggle('selected', Number(li.dataset.index) === i);
  };
  $('#article-events').replaceChildren(...data.events.map((e, i) => el('li', { dataset: { index: String(i) }, onclick: () => select(i) },
    el('div', {}, el('b', { class: `q${e.quad_class}` }, `${e.cameo} ${e.cameo_label || ''}`), ` · ${t(e.modality)} · ${e.goldstein}`),
    el('div', { class: 'code' }, `${e.source || '?'} → ${e.target || '—'}`),
    el('div', { lang: 'ar' }, `${t('evidence')}: ${e.evidence}`),
    e.location ? el('div', {}, `${t('location')}: ${e.location} (${e.country || ''})`) : '',
    el('div', { class: 'rule' }, `${t('rule')}: ${e.rule}`))));
  if (!data.events.length) $('#article-events').replaceChildren(el('li', {}, t('noEvents')));
  select(0);
  $('#view-article').dataset.doc = doc.id;
}

function loadStats() {
  api('stats').then((s) => { $('#stats').textContent = `${s.documents} ${t('documents')} · ${s.events} ${t('eventsCount')}`; }).catch(() => {});
}

// ---------------------------------------------------------------------------------------------- wiring
function init() {
  let saved = 'ar';
  try { saved = localStorage.getItem('marsad.lang') || 'ar'; } catch { /* storage disabled */ }
  setLang(LABELS[saved] ? saved : 'ar');
  $('#lang-toggle').addEventListener('click', () => {
    setLang(currentLang() === 'ar' ? 'en' : 'ar');
    state.rendered.events = false;  // cells hold translated labels: render again
    loadStats();
    route();
  });
  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.filters = readFilters(); state.offset = 0; loadEvents(); });
  $('#filters').addEventListener('reset', () => { state.filters = {}; state.offset = 0; setTimeout(loadEvents); });
  $('#prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
  $('#next').addEventListener('click', () => { state.offset += state.limit; loadEvents(); });
  $('#dyad-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadDyad(); });
  window.addEventListener('hashchange', route);
  loadStats();
  route();
}

init();
