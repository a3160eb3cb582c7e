// One recorded session: the whole-session chart (zoomable, series reduced on the server for the
// pixels shown; each stroke marked under the curve), the strokes (a sortable table: a click zooms to the
// stroke), alarms, body map (coloured by status or by a dose figure, body-map.js), statistics, notes and a
// second session overlaid. Replay (1x to 8x) is
// the live page itself in a frame (replay.html), driven by postMessage; its position moves the chart's cursor.
'use strict';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const id = params.get('id');
const api = '/api/sessions/' + encodeURIComponent(id);
const PRIORITY_COLOUR = { HIGH: 'rgba(224,36,36,.25)', MEDIUM: 'rgba(242,140,0,.22)', LOW: 'rgba(217,196,0,.18)' };

// What the page shows now; read by the browser test.
const state = window.reviewState = {
  detail: null, t0: 0, tEnd: 0, view: null, seriesPoints: 0, compareId: params.get('compare') || '',
  pos: 0, playing: false, drag: null, positions: 0,
  strokeSort: { field: 'index', dir: 1 }, selectedStroke: null, strokeMarks: [], bodyFigure: '',
};
/** Under the curve, strokes alternate between these two so that neighbours stay apart. */
const STROKE_COLOUR = ['rgba(140,200,255,.85)', 'rgba(200,160,255,.85)'];
const STROKE_BAND_PX = 7;

// m:ss.s from the first frame, rounded to the tenth before minutes and seconds are split: never "1:60.0".
function clock(ms) {
  const tenths = Math.round(Math.max(0, ms - state.t0) / 100);
  return Math.floor(tenths / 600) + ':' + ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
}
const kg = (v, digits = 1) => v === null || v === undefined ? '–' : v.toFixed(digits);

// An axis label, v in s from the start: m:ss, with tenths where a zoomed axis steps below a second; rounded to
// the tenth before minutes and seconds are split (never "0:60").
function tickClock(v) {
  const tenths = Math.round(v * 10), seconds = (tenths % 600) / 10;
  return Math.floor(tenths / 600) + ':' + (tenths % 10 ? seconds.toFixed(1).padStart(4, '0') : String(seconds).padStart(2, '0'));
}

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// ---- chart -----------------------------------------------------------------------------------
const marks = {
  id: 'reviewMarks',
  beforeDatasetsDraw(chart) {
    const { ctx, chartArea: a, scales: { x } } = chart;
    if (!state.detail) return;
    ctx.save();
    state.detail.alarms.forEach(alarm => {
      const x0 = x.getPixelForValue((alarm.startMs - state.t0) / 1000);
      const x1 = x.getPixelForValue(((alarm.endMs ?? state.tEnd) - state.t0) / 1000);
      if (x1 < a.left || x0 > a.right) return;
      ctx.fillStyle = PRIORITY_COLOUR[alarm.priority];
      ctx.fillRect(Math.max(a.left, x0), a.top, Math.max(2, Math.min(a.right, x1) - Math.max(a.left, x0)), a.bottom - a.top);
    });
    // each stroke: a band along the bottom of the chart; the selected one also shaded over the whole height
    state.strokeMarks = [];
    state.detail.strokes.forEach((stroke, i) => {
      const x0 = x.getPixelForValue((stroke.startMs - state.t0) / 1000);
      const x1 = x.getPixelForValue((stroke.endMs - state.t0) / 1000);
      if (x1 < a.left || x0 > a.right) return;
      const left = Math.max(a.left, x0), width = Math.max(1.5, Math.min(a.right, x1) - left - 1);
      if (i === state.selectedStroke) {
        ctx.fillStyle = 'rgba(140,200,255,.16)';
        ctx.fillRect(left, a.top, width, a.bottom - a.top);
      }
      ctx.fillStyle = i === state.selectedStroke ? '#ffffff' : STROKE_COLOUR[i % 2];
      ctx.fillRect(left, a.bottom - STROKE_BAND_PX, width, STROKE_BAND_PX);
      state.strokeMarks.push({ index: i, x0: left, x1: left + width, selected: i === state.selectedStroke });
    });
    ctx.restore();
  },
  afterDatasetsDraw(chart) {
    const { ctx, chartArea: a, scales: { x } } = chart;
    ctx.save();
    (state.detail ? state.detail.notes : []).forEach(note => {
      const px = x.getPixelForValue((note.tMs - state.t0) / 1000);
      if (px < a.left || px > a.right) return;
      ctx.fillStyle = '#8cc8ff';
      ctx.beginPath(); ctx.moveTo(px - 5, a.top); ctx.lineTo(px + 5, a.top); ctx.lineTo(px, a.top + 8); ctx.fill();
    });
    // each client stop: a solid red line at the press, labelled STOP (read by the browser test)
    state.stopMarks = [];
    clientStops().forEach(stop => {
      const px = x.getPixelForValue((stop.startMs - state.t0) / 1000);
      if (px < a.left || px > a.right) return;
      ctx.strokeStyle = '#ff2020'; ctx.lineWidth = 3;
      ctx.beginPath(); ctx.moveTo(px, a.top); ctx.lineTo(px, a.bottom); ctx.stroke();
      ctx.fillStyle = '#ff2020'; ctx.font = 'bold 12px sans-serif'; ctx.textAlign = 'left';
      ctx.fillText('STOP', px + 4, a.top + 22);
      state.stopMarks.push({ id: stop.id, x: px });
    });
    const cursor = x.getPixelForValue((state.pos - state.t0) / 1000);
    if (cursor >= a.left && cursor <= a.right) {
      ctx.strokeStyle = 'white'; ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(cursor, a.top); ctx.lineTo(cursor, a.bottom); ctx.stroke();
    }
    if (state.drag && state.drag.to !== null) {
      ctx.fillStyle = 'rgba(140,200,255,.2)';
      ctx.fillRect(Math.min(state.drag.from, state.drag.to), a.top, Math.abs(state.drag.to - state.drag.from), a.bottom - a.top);
    }
    ctx.restore();
  },
};

const chart = new Chart($('chart'), {
  type: 'line',
  data: { datasets: [
    { label: 'applied (max)', data: [], borderColor: '#8cc8ff', backgroundColor: 'rgba(140,200,255,.35)', borderWidth: 1.5, pointRadius: 0, fill: '+1' },
    { label: 'applied (min)', data: [], borderColor: 'rgba(140,200,255,.6)', borderWidth: 1, pointRadius: 0, fill: false },
    { label: 'limit', data: [], borderColor: '#e02424', borderWidth: 2, borderDash: [6, 4], pointRadius: 0, stepped: true, spanGaps: false },
    { label: 'compared session (max)', data: [], borderColor: '#e0a100', borderWidth: 1.5, pointRadius: 0, hidden: true },
  ] },
  options: {
    animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    scales: {
      x: { type: 'linear', title: { display: true, text: 'time from start', color: '#9aa7b6' },
           ticks: { color: '#9aa7b6', callback: tickClock },
           grid: { color: '#2c3748' } },
      y: { beginAtZero: true, title: { display: true, text: 'kg', color: '#9aa7b6' }, ticks: { color: '#9aa7b6' }, grid: { color: '#2c3748' } },
    },
    plugins: { legend: { labels: { color: '#f2f5f8', filter: item => item.datasetIndex !== 1 } }, tooltip: { enabled: true } },
  },
  plugins: [marks],
});

function points(series, values, offsetMs) {
  const out = [];
  for (let i = 0; i < series.t.length; i++) {
    out.push({ x: (series.t[i] + series.bucketMs / 2 - offsetMs) / 1000, y: values[i] });
  }
  return out;
}

async function loadSeries(from, to) {
  state.view = { from, to };
  const width = Math.max(100, Math.round(chart.chartArea ? chart.chartArea.width : chart.width));
  const series = await getJson(`${api}/series?from=${from}&to=${to}&points=${width}`);
  chart.data.datasets[0].data = points(series, series.appliedMax, state.t0);
  chart.data.datasets[1].data = points(series, series.appliedMin, state.t0);
  chart.data.datasets[2].data = points(series, series.limitKg, state.t0);
  state.seriesPoints = series.t.length;
  chart.options.scales.x.min = (from - state.t0) / 1000;
  chart.options.scales.x.max = (to - state.t0) / 1000;
  await loadCompare(from, to, width);
  chart.update('none');
}

async function loadCompare(from, to, width) {
  const compared = chart.data.datasets[3];
  if (!state.compareId) { compared.hidden = true; compared.data = []; return; }
  const other = await getJson('/api/sessions/' + encodeURIComponent(state.compareId));
  const otherT0 = other.firstMs;
  const series = await getJson(`/api/sessions/${encodeURIComponent(state.compareId)}/series?from=${otherT0 + from - state.t0}`
      + `&to=${otherT0 + to - state.t0}&points=${width}`);
  compared.data = points(series, series.appliedMax, otherT0);
  compared.label = 'compared: ' + other.summary.practitionerName + ', ' + new Date(other.summary.startedAt).toLocaleString();
  compared.hidden = false;
}

const canvas = $('chart');
canvas.addEventListener('mousedown', e => { state.drag = { from: e.offsetX, to: null }; });
canvas.addEventListener('mousemove', e => { if (state.drag) { state.drag.to = e.offsetX; chart.draw(); } });
canvas.addEventListener('mouseup', e => {
  const drag = state.drag; state.drag = null;
  const x = chart.scales.x;
  if (drag && Math.abs(e.offsetX - drag.from) > 5) {
    const a = x.getValueForPixel(Math.min(drag.from, e.offsetX)) * 1000 + state.t0;
    const b = x.getValueForPixel(Math.max(drag.from, e.offsetX)) * 1000 + state.t0;
    loadSeries(Math.max(state.t0, a), Math.min(state.tEnd + 1, b)).catch(showError);
  } else {
    seek(x.getValueForPixel(e.offsetX) * 1000 + state.t0);
  }
  chart.draw();
});
$('reset-zoom').onclick = () => loadSeries(state.t0, state.tEnd + 1).catch(showError);

// ---- replay: the live page in a frame ----------------------------------------------------------
const replayFrame = $('replay');

function seek(tMs) {
  state.pos = Math.max(state.t0, Math.min(state.tEnd, tMs));
  replayFrame.contentWindow.postMessage({ type: 'replay-seek', tMs: state.pos }, location.origin);
  chart.draw();
}

let lastChartDraw = 0;
window.addEventListener('message', e => {
  if (e.origin !== location.origin || e.source !== replayFrame.contentWindow || !e.data) return;
  if (e.data.type !== 'replay-position') return;
  state.positions++;
  state.playing = e.data.playing;
  if (state.pos !== e.data.tMs) {
    state.pos = e.data.tMs;
    const now = performance.now();
    if (now - lastChartDraw > 100) { chart.draw(); lastChartDraw = now; }
  }
});

// ---- body map ----------------------------------------------------------------------------------
const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, parent) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  if (parent) parent.appendChild(el);
  return el;
}

// A zone's colour is the worst status the server found there, frame by frame against the recorded limit.
const STATUS_COLOUR = { NORMAL: '46,158,91', APPROACHING: '224,161,0', OVER: '224,36,36', NO_GO: '224,36,36' };

function drawBody(d) {
  const t = d.table, body = $('body'), margin = 10;
  body.setAttribute('viewBox', `${-margin} ${-margin} ${t.lengthCm + 2 * margin} ${t.widthCm + 2 * margin}`);
  body.replaceChildren();
  svg('rect', { x: 0, y: 0, width: t.lengthCm, height: t.widthCm, rx: 4, fill: '#223048', stroke: '#4a5a78' }, body);
  const H = d.client.heightCm, crown = d.client.crownXcm, mid = t.widthCm / 2;
  const xAt = h => crown + (1 - h) * H;
  const stats = d.statistics.zones;
  const most = Math.max(1e-9, ...Object.values(stats).map(z => z.seconds));
  const figure = state.bodyFigure, dose = figure ? bodyMapDose(stats, figure) : null;
  const g = svg('g', { fill: '#c9b8a6', opacity: 0.5 }, body);
  svg('ellipse', { cx: xAt(0.935), cy: mid, rx: 0.065 * H, ry: 0.055 * H }, g);
  svg('rect', { x: xAt(0.82), y: mid - 0.13 * H, width: 0.30 * H, height: 0.26 * H, rx: 0.05 * H }, g);
  svg('rect', { x: xAt(0.52), y: mid - 0.10 * H, width: 0.08 * H, height: 0.20 * H, rx: 0.03 * H }, g);
  svg('rect', { x: xAt(0.47), y: mid - 0.09 * H, width: 0.45 * H, height: 0.07 * H, rx: 0.03 * H }, g);
  svg('rect', { x: xAt(0.47), y: mid + 0.02 * H, width: 0.45 * H, height: 0.07 * H, rx: 0.03 * H }, g);
  d.zones.forEach(z => {
    const x0 = xAt(z.toH), x1 = xAt(z.fromH), s = stats[z.zone];
    const colour = !s ? '46,158,91' : STATUS_COLOUR[s.worstStatus];
    const value = dose && z.zone in dose.values ? dose.values[z.zone] : null;
    const fill = dose ? (value === null ? 'rgba(46,158,91,0.05)' : bodyMapHeat(value / dose.most))
      : `rgba(${colour},${s ? (0.15 + 0.7 * s.seconds / most).toFixed(2) : 0.05})`;
    const band = svg('rect', { x: x0, y: 2, width: x1 - x0, height: t.widthCm - 4, class: 'zone', fill,
      stroke: z.noGo ? '#ff5050' : '#2c3748', 'stroke-dasharray': z.noGo ? '3 2' : '' }, body);
    band.dataset.zone = z.zone;
    if (value !== null) band.dataset.value = value;
    const title = svg('title', {}, band);
    title.textContent = z.zone.replace('_', ' ') + (s ? `: ${s.seconds.toFixed(0)} s, peak ${s.peakKg.toFixed(1)} kg, worst ${s.worstStatus.replace('_', '-')}` : ': no load')
      + (s && s.dose ? `; impulse ${s.dose.impulseKgS.toFixed(0)} kg·s, over the limit ${s.dose.overLimitS.toFixed(1)} s` : '');
    const cx = (x0 + x1) / 2, cy = t.widthCm / 2;
    const label = svg('text', { x: cx, y: cy, 'font-size': Math.min(5, (x1 - x0) * 0.7), 'text-anchor': 'middle',
      'dominant-baseline': 'central', transform: `rotate(-90 ${cx} ${cy})`, fill: '#dfe6ee', stroke: '#10151c',
      'stroke-width': 0.6, 'paint-order': 'stroke' }, body);
    label.textContent = z.zone.replace('_', ' ') + (dose
      ? (value === null ? '' : ` ${value.toFixed(BODY_MAP_DOSE[figure].digits)} ${BODY_MAP_DOSE[figure].unit}`)
      : (s ? ` ${s.seconds.toFixed(0)} s · ${s.peakKg.toFixed(0)} kg` : ''));
  });
  t.cells.filter(cell => cell.role === 'table').forEach(cell =>
    svg('circle', { cx: cell.xCm, cy: cell.yCm, r: 3, fill: '#8cc8ff' }, body));
  // each client stop with a zone: a red STOP sign on that zone, its load in the tooltip
  clientStops().filter(stop => stop.zone).forEach((stop, i) => {
    const z = d.zones.find(zone => zone.zone === stop.zone);
    if (!z) return;
    const cx = (xAt(z.toH) + xAt(z.fromH)) / 2, cy = 10 + (i % 5) * 12;
    const sign = svg('g', { class: 'client-stop' }, body);
    sign.dataset.alarmId = stop.id; sign.dataset.zone = stop.zone;
    svg('circle', { cx, cy, r: 5.5, fill: '#ff2020', stroke: 'white', 'stroke-width': 0.8 }, sign);
    svg('text', { x: cx, y: cy, 'font-size': 3.2, 'font-weight': 'bold', 'text-anchor': 'middle',
      'dominant-baseline': 'central', fill: 'white' }, sign).textContent = 'STOP';
    svg('title', {}, sign).textContent = 'Client stop at ' + clock(stop.startMs)
      + (stop.press ? ': ' + kg(stop.press.appliedKg) + ' kg' : '') + ' on the ' + stop.zone.replace('_', ' ');
  });
}

$('body-figure').onchange = () => {
  state.bodyFigure = $('body-figure').value;
  $('body-legend').textContent = state.bodyFigure ? 'Colour: ' + bodyMapDoseLegend(state.detail.statistics.zones, state.bodyFigure)
    + ' (the most of any zone).' : 'The zones\' shade is the time the centre of the applied load spent there, their colour the worst status there.';
  drawBody(state.detail);
};

function clientStops() {
  return (state.detail ? state.detail.alarms : []).filter(a => a.type === 'CLIENT_STOP');
}

// ---- lists -------------------------------------------------------------------------------------
function row(cells, cls) {
  const tr = document.createElement('tr');
  if (cls) tr.className = cls;
  cells.forEach(([text, num]) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (num) td.className = 'num';
    tr.appendChild(td);
  });
  return tr;
}

function renderAlarms(d) {
  $('alarm-count').textContent = d.alarms.length + (d.alarms.length === 1 ? ' alarm' : ' alarms');
  $('alarms-table').querySelector('tbody').replaceChildren(...d.alarms.map(a => {
    const tr = row([[a.type.replaceAll('_', ' ')], [clock(a.startMs)],
      [a.endMs === null ? 'open' : ((a.endMs - a.startMs) / 1000).toFixed(1) + ' s', true],
      [kg(a.peakKg), true], [kg(a.limitKg), true], [(a.zone || a.channel || '–').replace('_', ' ')]], a.priority);
    tr.title = (a.detail || '') + (a.press ? ' · pressed at ' + kg(a.press.appliedKg) + ' kg' : '');
    if (a.type === 'CLIENT_STOP') tr.classList.add('client-stop');
    tr.style.cursor = 'pointer';
    tr.onclick = () => {
      const end = a.endMs ?? state.tEnd;
      loadSeries(Math.max(state.t0, a.startMs - 10000), Math.min(state.tEnd + 1, end + 10000)).catch(showError);
      seek(a.startMs - 2000);
    };
    return tr;
  }));
}

function renderStatistics(d) {
  const s = d.statistics;
  $('stats').querySelector('tbody').replaceChildren(
    row([['Duration'], [clock(state.t0 + s.durationS * 1000), true]]),
    row([['Peak applied'], [kg(s.peakAppliedKg) + ' kg', true]]),
    row([['Peak share of body weight'], [s.peakFraction === null ? '–' : Math.round(s.peakFraction * 100) + ' %', true]]),
    row([['Time over the limit'], [s.secondsOverLimit.toFixed(1) + ' s', true]]),
    row([['Alarms'], [String(s.alarmCount), true]]),
    row([['Loaded time in target band'], [typeof s.inBandPercent === 'number' ? s.inBandPercent.toFixed(1) + ' %' : 'no band set', true]]),
    row([['Frames recorded'], [s.frames + (s.framesLost ? ` (${s.framesLost} lost)` : ''), true]]));
  $('zone-stats').querySelector('tbody').replaceChildren(...d.zones.filter(z => s.zones[z.zone]).reverse().map(z => {
    const zs = s.zones[z.zone];
    const dose = zs.dose || {};
    return row([[z.zone.replace('_', ' ') + (z.noGo ? ' (no-go)' : '')], [zs.seconds.toFixed(1) + ' s', true],
      [kg(zs.peakKg), true], [kg(zs.meanKg), true], [kg(dose.impulseKgS, 0), true], [kg(dose.approachingS), true],
      [kg(dose.overLimitS), true],
      [typeof zs.inBandPercent === 'number' ? zs.inBandPercent.toFixed(1) + ' %' : '–', true]]);
  }));
}

// ---- strokes -------------------------------------------------------------------------------------
/** A stroke's value for sorting by a column: numbers as they are (null last), zones by their names. */
function strokeKey(stroke, i, field) {
  if (field === 'index') return i;
  if (field === 'durationMs') return stroke.endMs - stroke.startMs;
  if (field === 'zones') return stroke.zones.join(' ');
  return stroke[field];
}

function sortedStrokes(d) {
  const { field, dir } = state.strokeSort;
  return d.strokes.map((stroke, i) => ({ stroke, i })).sort((p, q) => {
    const a = strokeKey(p.stroke, p.i, field), b = strokeKey(q.stroke, q.i, field);
    if (a === b) return p.i - q.i;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    return (a < b ? -1 : 1) * dir;
  });
}

function renderStrokes(d) {
  $('stroke-count').textContent = d.strokes.length + (d.strokes.length === 1 ? ' stroke' : ' strokes')
    + (d.strokes.length ? ' · mean peak ' + kg(d.statistics.strokes.meanPeakKg) + ' kg · mean extra peaks '
      + kg(d.statistics.strokes.meanExtraPeaks, 2) : '');
  $('strokes-table').querySelectorAll('th[data-sort]').forEach(th => {
    th.classList.toggle('asc', th.dataset.sort === state.strokeSort.field && state.strokeSort.dir > 0);
    th.classList.toggle('desc', th.dataset.sort === state.strokeSort.field && state.strokeSort.dir < 0);
  });
  $('strokes-table').querySelector('tbody').replaceChildren(...sortedStrokes(d).map(({ stroke: s, i }) => {
    const tr = row([[String(i + 1), true], [clock(s.startMs)], [((s.endMs - s.startMs) / 1000).toFixed(1), true],
      [s.zones.map(z => z.replace('_', ' ')).join(', ') || '–'], [kg(s.peakKg), true],
      [s.peakFraction === null ? '–' : Math.round(s.peakFraction * 100) + ' %', true], [kg(s.impulseKgS, 0), true],
      [(s.timeToPeakMs / 1000).toFixed(1), true], [kg(s.loadingRateKgPerS), true], [String(s.extraPeaks), true]]);
    tr.dataset.index = i;
    if (i === state.selectedStroke) tr.classList.add('selected');
    tr.onclick = () => selectStroke(i);
    return tr;
  }));
}

$('strokes-table').querySelectorAll('th[data-sort]').forEach(th => {
  th.onclick = () => {
    const field = th.dataset.sort;
    state.strokeSort = { field, dir: state.strokeSort.field === field ? -state.strokeSort.dir : 1 };
    renderStrokes(state.detail);
  };
});

/** Highlights stroke `i` in the table and on the chart, zooms the chart to it (with a margin) and replays from its start. */
function selectStroke(i) {
  const stroke = state.detail.strokes[i];
  state.selectedStroke = i;
  renderStrokes(state.detail);
  const margin = Math.max(2000, 0.25 * (stroke.endMs - stroke.startMs));
  loadSeries(Math.max(state.t0, stroke.startMs - margin), Math.min(state.tEnd + 1, stroke.endMs + margin)).catch(showError);
  seek(stroke.startMs);
}

function renderNotes(d) {
  $('notes').replaceChildren(...d.notes.map(n => {
    const li = document.createElement('li');
    const at = document.createElement('a');
    at.href = '#'; at.textContent = clock(n.tMs);
    at.onclick = e => { e.preventDefault(); seek(n.tMs); };
    li.append(at, ' ' + (n.kind === 'discomfort' ? '[discomfort] ' : '') + n.text);
    if (n.kind) li.dataset.kind = n.kind;
    return li;
  }));
}

$('add-note').onclick = async () => {
  const text = $('note-text').value.trim();
  $('note-error').textContent = '';
  if (!text) { $('note-error').textContent = 'Write the note first.'; return; }
  try {
    await getJson(api + '/notes', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tMs: state.pos, text, kind: $('note-discomfort').checked ? 'discomfort' : null }) });
    $('note-text').value = ''; $('note-discomfort').checked = false;
    state.detail = withoutReferenceMarks(await getJson(api));
    renderNotes(state.detail);
    chart.draw();
  } catch (e) { $('note-error').textContent = 'The note was not saved: ' + e.message; }
};

async function fillCompare() {
  const sessions = await getJson('/api/sessions?limit=1000');
  const select = $('compare');
  sessions.filter(s => s.id !== id).forEach(s => {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = `${new Date(s.startedAt).toLocaleString()} · ${s.practitionerName} · ${s.clientName}`;
    select.appendChild(option);
  });
  select.value = state.compareId;
  select.onchange = () => {
    state.compareId = select.value;
    const url = new URL(location.href);
    if (state.compareId) url.searchParams.set('compare', state.compareId); else url.searchParams.delete('compare');
    history.replaceState(null, '', url);
    loadSeries(state.view.from, state.view.to).catch(showError);
  };
}

// Reference marks are notes in a reserved form ([reference] LABEL, [reference withdrawn]): the subtitle says
// whether the session is a reference; they are not listed or charted as trainer notes.
function withoutReferenceMarks(detail) {
  detail.notes = detail.notes.filter(n => !/^\s*\[reference/i.test(n.text));
  return detail;
}

function showError(e) { $('error').textContent = e.message; }

async function main() {
  if (!id) { showError(new Error('No session given: open a session from the list.')); return; }
  const d = state.detail = withoutReferenceMarks(await getJson(api));
  state.t0 = d.firstMs;
  state.tEnd = d.lastMs;
  state.pos = d.firstMs;
  const s = d.summary;
  document.title = 'Session ' + s.id;
  $('title').textContent = s.clientName + ' · ' + s.practitionerName;
  $('subtitle').textContent = new Date(s.startedAt).toLocaleString() + ' · ' + d.table.name + ' · ' + s.id
      + (d.reference ? ` · reference: "${d.reference.label}"` : '');
  $('export-csv').href = api + '/export?format=csv';
  $('export-capture').href = api + '/export?format=capture';
  $('export-strokes').href = api + '/export?format=strokes';
  $('print-report').href = '/report.html?session=' + encodeURIComponent(id);
  $('beside-reference').onclick = e => { e.preventDefault(); location.href = '/compare.html?session=' + encodeURIComponent(id) + (state.compareId ? '&with=' + encodeURIComponent(state.compareId) : ''); };
  drawBody(d);
  renderAlarms(d);
  renderStatistics(d);
  renderStrokes(d);
  renderNotes(d);
  await fillCompare();
  await loadSeries(state.t0, state.tEnd + 1);
  replayFrame.src = '/replay.html?id=' + encodeURIComponent(id);
  document.body.dataset.ready = 'true';
}

main().catch(showError);
