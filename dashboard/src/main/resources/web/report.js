// The printable report of one recorded session (/report.html?session=ID): who, when, the whole-session
// chart, the body map, the zone table, the alarms and the trainer notes, laid out for one A4 page (two
// with long alarm or note lists). Reads GET /api/sessions/{id} and its /series; prints with the browser's
// own print (report.css holds the page rules). Sets body[data-ready] once everything is drawn.
'use strict';

const $ = id => document.getElementById(id);
const sessionId = new URLSearchParams(location.search).get('session');
const api = '/api/sessions/' + encodeURIComponent(sessionId || '');
/** Rows listed before "and N more": keeps the report at two pages; the count is always shown. */
const MAX_ALARM_ROWS = 24;
const MAX_NOTE_ROWS = 24;
const PRIORITY_FILL = { HIGH: 'rgba(224,36,36,.22)', MEDIUM: 'rgba(242,140,0,.2)', LOW: 'rgba(217,196,0,.18)' };
/** Zone statistics the table always shows; any other numeric field the server adds gets a column. */
const KNOWN_ZONE_FIELDS = new Set(['seconds', 'peakKg', 'meanKg', 'worstStatus', 'dose', 'inBandPercent', 'bandedS']);
/** The dose columns of the zone table (statistics.zones[zone].dose; time loaded and peak are already there). */
const DOSE_COLUMNS = [['impulseKgS', 'Impulse kg·s', 0], ['approachingS', 'Near limit s', 1], ['overLimitS', 'Over limit s', 1]];
// the share of a zone's loaded time under a target band spent in it, as the server computed it
const inBand = z => z && typeof z.inBandPercent === 'number' ? z.inBandPercent.toFixed(1) + ' %' : '–';

const kg = (v, digits = 1) => v === null || v === undefined ? '–' : Number(v).toFixed(digits);
const zoneName = z => z.replaceAll('_', ' ');

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function clockFrom(t0) {
  return ms => {
    const s = Math.max(0, ms - t0) / 1000;
    return Math.floor(s / 60) + ':' + String(Math.floor(s % 60)).padStart(2, '0');
  };
}

/** A duration as m:ss, rounded to the whole second before the minutes are split off (never "1:60"). */
function duration(s) {
  const whole = Math.round(s);
  return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
}

function terms(dl, pairs) {
  pairs.forEach(([term, value]) => dl.append(el('dt', term), el('dd', value)));
}

// ---- who and when --------------------------------------------------------------------------------
function renderHeader(d) {
  const s = d.summary, c = d.client, p = d.practitioner, st = d.statistics;
  document.title = 'Report ' + s.id + ': ' + c.name + ', ' + p.name;
  $('when').textContent = new Date(s.startedAt).toLocaleString() + ' · ' + d.table.name + ' · session ' + s.id;
  const limits = [c.maxAppliedKg == null ? null : c.maxAppliedKg + ' kg',
    c.maxFraction == null ? null : Math.round(c.maxFraction * 100) + ' % of the practitioner'].filter(Boolean);
  terms($('client'), [['Name', c.name + ' (' + c.id + ')'], ['Height', c.heightCm + ' cm'],
    ['Limit', limits.join(' or ') + ' (the lower)']]);
  terms($('practitioner'), [['Name', p.name + ' (' + p.id + ')'], ['Weight', p.weightKg + ' kg']]);
  terms($('figures'), [['Duration', duration(st.durationS) + (s.ended ? '' : ' (not ended)')],
    ['Peak applied', kg(st.peakAppliedKg) + ' kg' + (st.peakFraction == null ? '' : ' (' + Math.round(st.peakFraction * 100) + ' % of the practitioner)')],
    ['Over the limit', st.secondsOverLimit.toFixed(1) + ' s'],
    ['Alarms', st.alarmCount + (s.highAlarmCount ? ' (' + s.highAlarmCount + ' high)' : '')]]
      .concat(typeof st.inBandPercent === 'number' ? [['In target band', st.inBandPercent.toFixed(1) + ' % of the loaded time under a band']] : [])
      .concat(d.reference ? [['Reference', d.reference.label]] : []));
  if (s.damagedBytes > 0 || st.framesLost > 0) {
    $('damage').textContent = 'Incomplete recording: ' + (s.damagedBytes > 0 ? 'a damaged stretch of the journal ('
        + s.damagedSpanS.toFixed(1) + ' s) is missing. ' : '') + (st.framesLost > 0 ? st.framesLost + ' frames were lost. ' : '')
        + 'Everything else is shown.';
  }
}

// ---- chart ---------------------------------------------------------------------------------------
async function renderChart(d) {
  const t0 = d.firstMs, tEnd = d.lastMs + 1;
  const series = await getJson(`${api}/series?from=${t0}&to=${tEnd}&points=700`);
  const xy = values => series.t.map((t, i) => ({ x: (t + series.bucketMs / 2 - t0) / 1000, y: values[i] }));
  const marks = {
    id: 'reportMarks',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: a, scales: { x } } = chart;
      ctx.save();
      d.alarms.forEach(alarm => {
        const x0 = x.getPixelForValue((alarm.startMs - t0) / 1000);
        const x1 = x.getPixelForValue(((alarm.endMs ?? d.lastMs) - t0) / 1000);
        ctx.fillStyle = PRIORITY_FILL[alarm.priority];
        ctx.fillRect(x0, a.top, Math.max(1.5, x1 - x0), a.bottom - a.top);
      });
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: a, scales: { x } } = chart;
      ctx.save();
      ctx.font = 'bold 10px system-ui, sans-serif';
      ctx.textAlign = 'center';
      d.notes.forEach((note, i) => {
        const px = x.getPixelForValue((note.tMs - t0) / 1000);
        ctx.fillStyle = '#1f5fa8';
        ctx.fillRect(px - 0.5, a.top, 1, a.bottom - a.top);
        ctx.fillText(String(i + 1), px, a.top - 3);
      });
      ctx.restore();
    },
  };
  return new Chart($('chart'), {
    type: 'line',
    data: { datasets: [
      { label: 'applied (highest in each step)', data: xy(series.appliedMax), borderColor: '#1f5fa8', borderWidth: 1, pointRadius: 0 },
      { label: 'limit', data: xy(series.limitKg), borderColor: '#c00000', borderWidth: 1.5, borderDash: [5, 3], pointRadius: 0, stepped: true, spanGaps: false },
    ] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, parsing: false, devicePixelRatio: 3,
      layout: { padding: { top: 12 } },
      scales: {
        x: { type: 'linear', min: 0, max: (tEnd - t0) / 1000, ticks: { color: '#333', callback: v => clockFrom(0)(v * 1000) },
             title: { display: true, text: 'time from start (min:s)', color: '#333' }, grid: { color: '#ddd' } },
        y: { beginAtZero: true, ticks: { color: '#333' }, title: { display: true, text: 'kg', color: '#333' }, grid: { color: '#ddd' } },
      },
      plugins: { legend: { labels: { color: '#111', boxHeight: 2 } }, tooltip: { enabled: false } },
    },
    plugins: [marks],
  });
}

// ---- body map (body-map.js) -------------------------------------------------------------------------
function renderBody(d) {
  drawBodyMap($('body'), d.table, d.client, d.zones, d.statistics.zones);
}

// ---- tables ----------------------------------------------------------------------------------------
function renderZones(d) {
  const stats = d.statistics.zones;
  const extra = [...new Set(Object.values(stats).flatMap(z => Object.keys(z)))]
      .filter(k => !KNOWN_ZONE_FIELDS.has(k) && Object.values(stats).some(z => typeof z[k] === 'number'));
  const loaded = Object.values(stats).reduce((sum, z) => sum + z.seconds, 0);
  const banded = Object.values(stats).some(z => typeof z.inBandPercent === 'number');
  const head = el('tr');
  [['Zone'], ['Factor', 'num'], ['Time', 'num'], ['Share', 'num'], ['Peak kg', 'num'], ['Mean kg', 'num'], ['Worst']]
      .concat(DOSE_COLUMNS.map(([, title]) => [title, 'num']))
      .concat(banded ? [['In band', 'num']] : [])
      .concat(extra.map(k => [k, 'num'])).forEach(([text, cls]) => head.appendChild(el('th', text, cls)));
  $('zones').querySelector('thead').replaceChildren(head);
  $('zones').querySelector('tbody').replaceChildren(...d.zones.slice().reverse().map(z => {
    const s = stats[z.zone];
    const factor = z.noGo ? 'no-go' : z.factor.toFixed(2);
    if (!s) return row([[zoneName(z.zone)], [factor, 'num'], ['–', 'num'], ['–', 'num'], ['–', 'num'], ['–', 'num'], ['not loaded', 'unloaded']]
        .concat(DOSE_COLUMNS.map(() => ['–', 'num'])).concat(banded ? [['–', 'num']] : [])
        .concat(extra.map(() => ['–', 'num'])), 'unloaded');
    return row([[zoneName(z.zone)], [factor, 'num'], [s.seconds.toFixed(1) + ' s', 'num'],
      [loaded > 0 ? Math.round(100 * s.seconds / loaded) + ' %' : '–', 'num'], [kg(s.peakKg), 'num'], [kg(s.meanKg), 'num'],
      [s.worstStatus.replace('_', '-'), s.worstStatus]]
      .concat(DOSE_COLUMNS.map(([field, , digits]) => [kg(s.dose ? s.dose[field] : null, digits), 'num']))
      .concat(banded ? [[inBand(s), 'num']] : [])
      .concat(extra.map(k => [kg(s[k]), 'num'])));
  }));
}

/**
 * Strokes (docs/strokes.md): their count and means (statistics.strokes), and per zone first reached how many
 * there were and their highest peak. A session without strokes says so.
 */
function renderStrokes(d) {
  const st = d.statistics.strokes;
  if (!d.strokes || d.strokes.length === 0) {
    $('strokes').replaceChildren(el('p', 'No strokes: the applied load never rose to a stroke (3 kg or more).', 'muted'));
    return;
  }
  const means = el('table');
  const head = el('tr'), values = el('tr');
  [['Strokes', String(st.count)], ['Mean peak kg', kg(st.meanPeakKg)], ['Mean impulse kg·s', kg(st.meanImpulseKgS, 0)],
    ['Mean time to peak s', kg(st.meanTimeToPeakMs == null ? null : st.meanTimeToPeakMs / 1000)],
    ['Mean loading rate kg/s', kg(st.meanLoadingRateKgPerS)], ['Mean extra peaks', kg(st.meanExtraPeaks, 2)]]
      .forEach(([title, value]) => { head.appendChild(el('th', title, 'num')); values.appendChild(el('td', value, 'num')); });
  means.append(el('thead'), el('tbody'));
  means.tHead.appendChild(head);
  means.tBodies[0].appendChild(values);
  const byZone = new Map();
  d.strokes.forEach(s => {
    const zone = s.zones[0] || 'none';
    const z = byZone.get(zone) || { n: 0, peak: 0 };
    byZone.set(zone, { n: z.n + 1, peak: Math.max(z.peak, s.peakKg) });
  });
  const zones = el('p', 'By the zone each began on: ' + [...byZone].map(([zone, z]) =>
    `${zoneName(zone)} ${z.n} (highest ${kg(z.peak)} kg)`).join(', ')
    + '. Extra peaks: the wobbles of a stroke beyond its one rise and release (0 is smooth).', 'muted');
  $('strokes').replaceChildren(means, zones);
}

function renderAlarms(d) {
  const clock = clockFrom(d.firstMs);
  $('alarm-count').textContent = d.alarms.length + (d.alarms.length === 1 ? ' alarm' : ' alarms');
  $('alarms').querySelector('tbody').replaceChildren(...d.alarms.slice(0, MAX_ALARM_ROWS).map(a => row([
    [clock(a.startMs)], [a.type.replaceAll('_', ' ')], [a.priority],
    [a.endMs === null ? 'open' : ((a.endMs - a.startMs) / 1000).toFixed(1) + ' s', 'num'],
    [kg(a.peakKg), 'num'], [kg(a.limitKg), 'num'], [zoneName(a.zone || a.channel || '–')]], a.priority)));
  const more = d.alarms.length - MAX_ALARM_ROWS;
  $('alarms-more').textContent = d.alarms.length === 0 ? 'No alarm was raised.'
      : more > 0 ? `and ${more} more alarms, not listed here: open the session in review for all of them.` : '';
}

function renderNotes(d) {
  const clock = clockFrom(d.firstMs);
  $('notes').replaceChildren(...d.notes.slice(0, MAX_NOTE_ROWS).map(n => el('li', clock(n.tMs) + '  ' + n.text)));
  const more = d.notes.length - MAX_NOTE_ROWS;
  $('notes-more').textContent = d.notes.length === 0 ? 'No notes.'
      : more > 0 ? `and ${more} more notes, not listed here: open the session in review for all of them.` : '';
}

/** Reference marks are notes in a reserved form ([reference] LABEL): shown as the reference line, not as notes. */
const isReferenceMark = note => /^\s*\[reference/i.test(note.text);

async function main() {
  if (!sessionId) throw new Error('No session given: open the report from a session (report.html?session=ID).');
  const d = await getJson(api);
  d.notes = d.notes.filter(n => !isReferenceMark(n));
  $('back').href = '/session.html?id=' + encodeURIComponent(sessionId);
  renderHeader(d);
  renderBody(d);
  renderZones(d);
  renderStrokes(d);
  renderAlarms(d);
  renderNotes(d);
  await renderChart(d);
  $('footer').textContent = 'Printed ' + new Date().toLocaleString() + ' from ' + location.host
      + ' · times are from the session\'s first frame · loads in kg-force';
}

$('print').onclick = () => window.print();
main().then(() => { document.body.dataset.ready = 'true'; })
    .catch(e => { $('error').textContent = 'The report could not be made: ' + e.message; document.body.dataset.ready = 'error'; });
