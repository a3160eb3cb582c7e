// A session beside a reference (/compare.html?session=ID[&with=REF]): GET /api/sessions/{id}/compare?with=REF
// gives both sides' figures, zones and alarms; the two curves are drawn from each side's start of loading
// (alignMs). Without `with`, the newest reference (not this session) is taken. The page also marks this
// session as a reference or withdraws the mark (PUT/DELETE /api/sessions/{id}/reference), and prints on A4.
'use strict';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const sessionId = params.get('session') || '';
const api = id => '/api/sessions/' + encodeURIComponent(id);
const MAX_ALARM_ROWS = 14;

// What the page shows now; read by the browser test.
const state = window.compareState = { withId: params.get('with') || '', comparison: null, chart: null, reference: null };

async function request(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

const fixed = (v, digits = 1) => v === null || v === undefined ? '–' : Number(v).toFixed(digits);
const signed = (v, digits = 1) => v === null || v === undefined ? '–' : (v > 0 ? '+' : '') + Number(v).toFixed(digits);
const clock = s => Math.floor(Math.max(0, s) / 60) + ':' + String(Math.floor(Math.max(0, s) % 60)).padStart(2, '0');
/** Seconds from the start of loading as the chart's axis shows them: before it, with a minus sign. */
const signedClock = s => (s <= -1 ? '-' : '') + clock(Math.abs(s));
/** A duration as m:ss, rounded to the whole second before the minutes are split off (never "1:60"). */
const duration = s => Math.floor(Math.round(s) / 60) + ':' + String(Math.round(s) % 60).padStart(2, '0');
const describe = s => `${new Date(s.startedAt).toLocaleString()} · ${s.practitionerName} · ${s.clientName}`;

// ---- choosing and marking ------------------------------------------------------------------------
async function fillChooser() {
  const [sessions, references] = await Promise.all([request('/api/sessions?limit=1000'), request('/api/references')]);
  const referenceIds = new Set(references.map(r => r.summary.id));
  const select = $('with');
  const refs = el('optgroup'); refs.label = 'References';
  references.filter(r => r.summary.id !== sessionId).forEach(r => {
    const o = el('option', `★ ${r.reference.label} · ${describe(r.summary)}`); o.value = r.summary.id; refs.appendChild(o);
  });
  const others = el('optgroup'); others.label = 'Other sessions';
  sessions.filter(s => !s.unreadable && s.id !== sessionId && !referenceIds.has(s.id)).forEach(s => {
    const o = el('option', describe(s)); o.value = s.id; others.appendChild(o);
  });
  select.append(el('option', '(choose)'), refs, others);
  select.firstChild.value = '';
  if (!state.withId && refs.firstChild) state.withId = refs.firstChild.value;
  select.value = state.withId;
  select.onchange = () => {
    const url = new URL(location.href);
    url.searchParams.set('with', select.value);
    location.href = url.toString();
  };
}

function showMark(reference) {
  state.reference = reference;
  $('mark').hidden = !!reference;
  $('mark-label').hidden = !!reference;
  $('withdraw').hidden = !reference;
  $('mark-status').textContent = reference ? `This session is a reference: "${reference.label}".` : '';
}

async function changeMark(method, body) {
  try {
    await request(api(sessionId) + '/reference', { method, headers: { 'Content-Type': 'application/json' }, body });
    showMark((await request(api(sessionId))).reference);
  } catch (e) { $('mark-status').textContent = 'Not changed: ' + e.message; }
}
$('mark').onclick = () => changeMark('PUT', JSON.stringify({ label: $('mark-label').value.trim() || null }));
$('withdraw').onclick = () => changeMark('DELETE', undefined);

// ---- the comparison --------------------------------------------------------------------------------
function renderWho(dl, side) {
  const s = side.summary;
  [['Practitioner', `${s.practitionerName} (${s.practitionerId})`], ['Client', `${s.clientName} (${s.clientId})`],
    ['Started', new Date(s.startedAt).toLocaleString()], ['Session', s.id]]
      .concat(side.reference ? [['Reference', side.reference.label]] : [])
      .forEach(([term, value]) => dl.append(el('dt', term), el('dd', value)));
}

async function renderChart(c) {
  const [rs, ss] = await Promise.all([c.reference, c.session].map(side =>
    request(`${api(side.summary.id)}/series?from=${side.firstMs}&to=${side.lastMs + 1}&points=600`)));
  const xy = (series, values, alignMs) => series.t.map((t, i) => ({ x: (t + series.bucketMs / 2 - alignMs) / 1000, y: values[i] }));
  state.chart = new Chart($('chart'), {
    type: 'line',
    data: { datasets: [
      { label: 'reference', data: xy(rs, rs.appliedMax, c.reference.alignMs), borderColor: '#d97a00', borderWidth: 1, pointRadius: 0 },
      { label: 'session', data: xy(ss, ss.appliedMax, c.session.alignMs), borderColor: '#1f5fa8', borderWidth: 1, pointRadius: 0 },
      { label: 'session limit', data: xy(ss, ss.limitKg, c.session.alignMs), borderColor: '#c00000', borderWidth: 1.2, borderDash: [5, 3], pointRadius: 0, stepped: true },
    ] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, parsing: false, devicePixelRatio: 3,
      scales: {
        x: { type: 'linear', ticks: { color: '#333', callback: signedClock },
             title: { display: true, text: 'time from the start of loading (min:s)', color: '#333' }, grid: { color: '#ddd' } },
        y: { beginAtZero: true, ticks: { color: '#333' }, title: { display: true, text: 'kg', color: '#333' }, grid: { color: '#ddd' } },
      },
      plugins: { legend: { labels: { color: '#111', boxHeight: 2 } }, tooltip: { enabled: false } },
    },
  });
}

function renderFigures(c) {
  const r = c.reference.statistics, s = c.session.statistics, d = c.difference;
  const pct = v => v === null ? '–' : Math.round(v * 100) + ' %';
  const moreIsWorse = v => v > 0 ? 'num worse' : v < 0 ? 'num better' : 'num';
  $('figures').querySelector('tbody').replaceChildren(
    row([['Duration'], [duration(r.durationS), 'num'], [duration(s.durationS), 'num'], [signed(d.durationS, 0) + ' s', 'num']]),
    row([['Peak applied kg'], [fixed(r.peakAppliedKg), 'num'], [fixed(s.peakAppliedKg), 'num'], [signed(d.peakAppliedKg), 'num']]),
    row([['Peak share of the practitioner'], [pct(r.peakFraction), 'num'], [pct(s.peakFraction), 'num'], ['', 'num']]),
    row([['Time over the limit s'], [fixed(r.secondsOverLimit), 'num'], [fixed(s.secondsOverLimit), 'num'],
      [signed(d.secondsOverLimit), moreIsWorse(d.secondsOverLimit)]]),
    row([['Alarms'], [String(r.alarmCount), 'num'], [String(s.alarmCount), 'num'], [signed(d.alarmCount, 0), moreIsWorse(d.alarmCount)]]));
}

function renderZones(c) {
  const part = (side, key) => side ? fixed(side[key]) : '–';
  $('zones').querySelector('tbody').replaceChildren(...c.zones.slice().reverse().map(z => row([[z.zone.replaceAll('_', ' ')],
    [part(z.reference, 'seconds'), 'num'], [part(z.session, 'seconds'), 'num'], [signed(z.difference.seconds), 'num'],
    [part(z.reference, 'peakKg'), 'num'], [part(z.session, 'peakKg'), 'num'], [signed(z.difference.peakKg), 'num'],
    [part(z.reference, 'meanKg'), 'num'], [part(z.session, 'meanKg'), 'num'], [signed(z.difference.meanKg), 'num']])));
}

// Alarm times are on the chart's clock (from the side's start of loading), so both sides' line up with it.
function renderAlarms(side, prefix) {
  const alarms = side.alarms, t0 = side.alignMs;
  $(prefix + '-alarm-count').textContent = alarms.length + (alarms.length === 1 ? ' alarm' : ' alarms')
      + (alarms.length ? ': ' + Object.entries(side.alarmsByType).map(([type, n]) => n + ' ' + type.replaceAll('_', ' ')).join(', ') : '');
  const rows = alarms.slice(0, MAX_ALARM_ROWS).map(a => row([[signedClock((a.startMs - t0) / 1000)], [a.type.replaceAll('_', ' ')],
    [a.priority], [fixed(a.peakKg), 'num'], [(a.zone || a.channel || '–').replaceAll('_', ' ')]], a.priority));
  if (alarms.length > MAX_ALARM_ROWS) {
    rows.push(row([[`and ${alarms.length - MAX_ALARM_ROWS} more: open the session for all of them`]]));
  }
  $(prefix + '-alarms').querySelector('tbody').replaceChildren(...rows);
}

/** The stroke statistics of each side in two columns with the difference (session minus reference). */
function renderStrokes(c) {
  const r = c.strokes.reference, s = c.strokes.session, d = c.strokes.difference;
  const seconds = ms => ms == null ? null : ms / 1000;
  $('strokes').querySelector('tbody').replaceChildren(...[
    ['Strokes', r.count, s.count, d.count, 0],
    ['Mean peak kg', r.meanPeakKg, s.meanPeakKg, d.meanPeakKg, 1],
    ['Mean impulse kg·s', r.meanImpulseKgS, s.meanImpulseKgS, d.meanImpulseKgS, 0],
    ['Mean time to peak s', seconds(r.meanTimeToPeakMs), seconds(s.meanTimeToPeakMs), seconds(d.meanTimeToPeakMs), 1],
    ['Mean loading rate kg/s', r.meanLoadingRateKgPerS, s.meanLoadingRateKgPerS, d.meanLoadingRateKgPerS, 1],
    ['Mean extra peaks', r.meanExtraPeaks, s.meanExtraPeaks, d.meanExtraPeaks, 2],
  ].map(([name, rv, sv, dv, digits]) => row([[name], [fixed(rv, digits), 'num'], [fixed(sv, digits), 'num'],
    [signed(dv, digits), 'num']])));
}

/** Per zone the dose of each side (in its statistics) and the difference the server computed. */
function renderDose(c) {
  const dose = (side, zone, field) => {
    const z = side.statistics.zones[zone];
    return z && z.dose ? fixed(z.dose[field], field === 'impulseKgS' ? 0 : 1) : '–';
  };
  $('dose').querySelector('tbody').replaceChildren(...c.zones.slice().reverse().map(z => row([[z.zone.replaceAll('_', ' ')]]
    .concat(...[['impulseKgS', 0], ['approachingS', 1], ['overLimitS', 1]].map(([field, digits]) => [
      [dose(c.reference, z.zone, field), 'num'], [dose(c.session, z.zone, field), 'num'],
      [signed(z.difference[field], digits), 'num' + (field === 'overLimitS' && z.difference[field] > 0 ? ' worse' : '')]])))));
}

async function main() {
  if (!sessionId) throw new Error('No session given: open this page from a session (compare.html?session=ID).');
  $('back').href = '/session.html?id=' + encodeURIComponent(sessionId);
  const detail = await request(api(sessionId));
  showMark(detail.reference);
  await fillChooser();
  if (!state.withId) {
    $('error').textContent = 'No reference to compare with yet: mark an instructor\'s session as a reference, or choose any session above.';
    return;
  }
  const c = state.comparison = await request(`${api(sessionId)}/compare?with=${encodeURIComponent(state.withId)}`);
  document.title = 'Beside the reference: ' + c.session.summary.practitionerName + ', ' + c.session.summary.id;
  renderWho($('reference-who'), c.reference);
  renderWho($('session-who'), c.session);
  [['reference', c.reference], ['session', c.session]].forEach(([name, side]) =>
    drawBodyMap($(name + '-body'), side.table, side.client, side.zones, side.statistics.zones));
  renderFigures(c);
  renderZones(c);
  renderDose(c);
  renderStrokes(c);
  renderAlarms(c.reference, 'reference');
  renderAlarms(c.session, 'session');
  await renderChart(c);
  $('footer').textContent = 'Printed ' + new Date().toLocaleString() + ' from ' + location.host + ' · ' + c.alignedBy + ' · loads in kg-force';
}

$('print').onclick = () => window.print();
main().then(() => { document.body.dataset.ready = 'true'; })
    .catch(e => { $('error').textContent = 'The comparison could not be made: ' + e.message; document.body.dataset.ready = 'error'; });
