// A practitioner's progress across sessions: GET /api/practitioners/{id}/progress (made from the session
// summaries). One small chart per figure, one point per session in session order, the server's trend as a
// dashed line; a click on a point opens that session. Figures no session carries (target bands, strokes)
// say so instead of drawing.
'use strict';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
/** What the figures are called in sentences, and the unit of their trend. */
const FIGURES = {
  peakAppliedKg: { unit: 'kg', better: 'down' },
  secondsOverLimit: { unit: 's', better: 'down' },
  alarmsPerHour: { unit: 'alarms/h', better: 'down' },
  overLimitPercent: { unit: '%', better: 'down' },
  inBandPercent: { unit: '%', better: 'up', missing: 'No session carries target bands yet: set bands in training mode to see this.' },
  strokeSmoothness: { unit: 'extra peaks/stroke', digits: 2, better: 'down', missing: 'No session carries strokes yet (a session without any stroke, or a summary uploaded before strokes were counted).' },
};

// What the page shows now; read by the browser test.
const state = window.progressState = { data: null, charts: {}, practitioner: params.get('practitioner') || '', client: params.get('client') || '' };

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

const day = ms => new Date(ms).toLocaleDateString();
const fixed = (v, digits = 1) => v === null || v === undefined ? '–' : v.toFixed(digits);
// m:ss, rounded to the whole second before the minutes are split off (never "1:60"), as on every review page.
const duration = s => Math.floor(Math.round(s) / 60) + ':' + String(Math.round(s) % 60).padStart(2, '0');
const sessionUrl = id => '/session.html?id=' + encodeURIComponent(id);

function option(select, value, text) {
  const o = document.createElement('option');
  o.value = value; o.textContent = text;
  select.appendChild(o);
}

/**
 * The practitioners of the newest 1000 sessions and this practitioner's clients in their newest 1000 sessions,
 * from the session list (at most 1000 a page); the practitioner asked for is always offered.
 */
async function fillChoosers() {
  const [sessions, own] = await Promise.all([getJson('/api/sessions?limit=1000'),
    state.practitioner ? getJson('/api/sessions?limit=1000&practitionerId=' + encodeURIComponent(state.practitioner)) : []]);
  const practitioners = new Map(), clients = new Map();
  sessions.concat(own).filter(s => !s.unreadable).forEach(s => {
    if (!practitioners.has(s.practitionerId)) practitioners.set(s.practitionerId, s.practitionerName);
  });
  own.filter(s => !s.unreadable).forEach(s => {
    if (!clients.has(s.clientId)) clients.set(s.clientId, s.clientName);
  });
  practitioners.forEach((name, id) => option($('practitioner'), id, `${name} (${id})`));
  clients.forEach((name, id) => option($('client'), id, `${name} (${id})`));
  $('practitioner').value = state.practitioner;
  $('client').value = state.client;
}

function go(practitioner, client) {
  const url = new URL(location.href);
  url.search = '';
  if (practitioner) url.searchParams.set('practitioner', practitioner);
  if (client) url.searchParams.set('client', client);
  location.href = url.toString();
}

function trendText(name, trend) {
  if (!trend) return '';
  const f = FIGURES[name];
  const change = trend.last - trend.first;
  const direction = Math.abs(change) < 1e-9 ? 'flat' : (change < 0) === (f.better === 'down') ? 'better' : 'worse';
  return `trend over ${trend.sessions} sessions: ${fixed(trend.first, f.digits)} → ${fixed(trend.last, f.digits)} ${f.unit} (${direction})`;
}

function drawFigure(section, points) {
  const name = section.dataset.figure, f = FIGURES[name];
  const trend = state.data.trends[name];
  section.querySelector('.trend').textContent = trendText(name, trend);
  const values = points.map((p, i) => ({ x: i, y: p[name], id: p.id })).filter(v => v.y !== null);
  if (!values.length) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = f.missing || 'No session has this figure.';
    section.querySelector('.chart-box').appendChild(empty);
    return;
  }
  const line = trend ? [{ x: values[0].x, y: trend.first }, { x: values[values.length - 1].x, y: trend.last }] : [];
  const chart = new Chart(section.querySelector('canvas'), {
    type: 'line',
    data: { datasets: [
      { label: name, data: values, borderColor: '#8cc8ff', backgroundColor: '#8cc8ff', pointRadius: 5, pointHoverRadius: 8, borderWidth: 1.5 },
      { label: 'trend', data: line, borderColor: '#e0a100', borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 },
    ] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
      scales: {
        x: { type: 'linear', min: -0.5, max: points.length - 0.5, grid: { color: '#2c3748' },
             afterBuildTicks: axis => { axis.ticks = points.map((p, i) => ({ value: i })); },
             ticks: { color: '#9aa7b6', autoSkip: true, callback: v => points[v] ? day(points[v].startedAt) : '' } },
        y: { beginAtZero: true, ticks: { color: '#9aa7b6' }, grid: { color: '#2c3748' } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: items => items.length ? new Date(points[items[0].raw.x].startedAt).toLocaleString()
            + ' · ' + points[items[0].raw.x].clientName : '', label: item => `${fixed(item.raw.y, f.digits)} ${f.unit}` } },
      },
      onHover: (event, elements) => { event.native.target.style.cursor = elements.some(e => e.datasetIndex === 0) ? 'pointer' : 'default'; },
      onClick: (event, elements) => {
        const hit = elements.find(e => e.datasetIndex === 0);
        if (hit) location.href = sessionUrl(values[hit.index].id);
      },
    },
  });
  state.charts[name] = chart;
}

function renderTable(points) {
  $('count').textContent = points.length + (points.length === 1 ? ' session' : ' sessions');
  $('sessions').querySelector('tbody').replaceChildren(...points.map((p, i) => {
    const tr = document.createElement('tr');
    tr.dataset.id = p.id;
    [String(i + 1), new Date(p.startedAt).toLocaleString(), `${p.clientName} (${p.clientId})`,
      duration(p.durationS) + (p.ended ? '' : ' (not ended)'),
      fixed(p.peakAppliedKg), fixed(p.secondsOverLimit) + ' s', p.alarmCount + (p.highAlarmCount ? ` (${p.highAlarmCount} high)` : ''),
      fixed(p.alarmsPerHour)].forEach((text, c) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (c >= 3) td.className = 'num';
      tr.appendChild(td);
    });
    const links = document.createElement('td');
    const open = document.createElement('a');
    open.href = sessionUrl(p.id); open.textContent = 'Open';
    const report = document.createElement('a');
    report.href = '/report.html?session=' + encodeURIComponent(p.id); report.textContent = 'Report';
    links.append(open, ' · ', report);
    tr.appendChild(links);
    return tr;
  }));
}

async function main() {
  await fillChoosers();
  $('practitioner').onchange = () => go($('practitioner').value, '');
  $('client').onchange = () => go(state.practitioner, $('client').value);
  if (!state.practitioner) {
    $('subtitle').textContent = 'choose a practitioner';
    document.body.dataset.ready = 'true';
    return;
  }
  const query = state.client ? '?clientId=' + encodeURIComponent(state.client) : '';
  const data = state.data = await getJson('/api/practitioners/' + encodeURIComponent(state.practitioner) + '/progress' + query);
  $('title').textContent = 'Progress of ' + (data.practitionerName || data.practitionerId);
  $('subtitle').textContent = data.sessions.length ? `${data.sessions.length} sessions, ${day(data.sessions[0].startedAt)} to `
      + day(data.sessions[data.sessions.length - 1].startedAt) : 'no recorded session';
  if (data.unreadable.length) {
    $('unreadable').textContent = data.unreadable.length + ' session(s) of this period cannot be read (whose they are is '
        + 'unknown) and are not charted: '
        + data.unreadable.map(u => u.id).join(', ');
  }
  document.querySelectorAll('section.figure').forEach(section => drawFigure(section, data.sessions));
  renderTable(data.sessions);
  document.body.dataset.ready = 'true';
}

main().catch(e => { $('error').textContent = 'The progress could not be loaded: ' + e.message; document.body.dataset.ready = 'error'; });
