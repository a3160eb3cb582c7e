// The session list: GET /api/sessions, a page of 100 (or ?limit=N) at a time, filtered by the server (client and practitioner
// id, dates, alarms); X-Total-Count says how many match. Choosing a filter goes back to the first page.
'use strict';

const $ = id => document.getElementById(id);
/** Sessions a page: ?limit=N in the page's address (1 to 1000), else 100. */
const PAGE = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get('limit')) || 100));
// What the page shows now; read by the browser test.
const state = window.listState = { sessions: [], total: 0, offset: 0, query: '' };

// m:ss, rounded to the whole second before the minutes are split off (never "1:60"), as on every review page.
function duration(s) {
  const whole = Math.round(s);
  return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
}

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

function bytes(n) {
  return n < 1024 ? n + ' bytes' : (n / 1024).toFixed(1) + ' kB';
}

// The visible note of a session whose journal is damaged: what was skipped, or why it cannot be read at all.
function damageNote(s) {
  if (s.unreadable) return 'Cannot be read: ' + s.unreadable;
  if (!s.damagedBytes) return '';
  return 'Damaged journal: ' + bytes(s.damagedBytes) + ' skipped'
      + (s.damagedSpanS > 0 ? ', ' + s.damagedSpanS.toFixed(1) + ' s of frames lost' : '')
      + '; everything else is shown.';
}

function who(name, id) {
  return id == null ? '–' : name + ' (' + id + ')';
}

/** The query string of the filters as set: ids are exact, dates are local days (to: the whole day). */
function filterQuery() {
  const q = new URLSearchParams();
  const client = $('f-client').value.trim(), practitioner = $('f-practitioner').value.trim();
  if (client) q.set('clientId', client);
  if (practitioner) q.set('practitionerId', practitioner);
  if ($('f-from').value) q.set('from', new Date($('f-from').value + 'T00:00').getTime());
  if ($('f-to').value) q.set('to', new Date($('f-to').value + 'T00:00').getTime() + 86400000);
  if ($('f-alarms').value) q.set('alarms', $('f-alarms').value);
  return q;
}

/** Offers the ids seen so far in the id fields (a datalist: typing still works for any id). */
function remember(list, id, name) {
  if (id == null || list.querySelector('option[value="' + CSS.escape(id) + '"]')) return;
  const option = document.createElement('option');
  option.value = id;
  option.label = name;
  list.appendChild(option);
}

function render() {
  const shown = state.sessions;
  $('count').textContent = shown.length
      ? (state.offset + 1) + '–' + (state.offset + shown.length) + ' of ' + state.total + ' sessions'
      : '0 of ' + state.total + ' sessions';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + shown.length >= state.total;
  shown.forEach(s => {
    remember($('clients'), s.clientId, s.clientName);
    remember($('practitioners'), s.practitionerId, s.practitionerName);
  });
  const damaged = shown.filter(s => s.unreadable || s.damagedBytes > 0).length;
  $('damage-summary').textContent = damaged ? damaged + (damaged === 1 ? ' session has' : ' sessions have')
      + ' a damaged journal' + (state.total > shown.length ? ' on this page' : '')
      + ': the damaged stretches are skipped and every intact record is shown (see the note on each).' : '';
  const body = $('sessions').querySelector('tbody');
  if (!shown.length) {
    body.innerHTML = '<tr><td colspan="8" class="muted">No recorded session matches.</td></tr>';
    return;
  }
  body.replaceChildren(...shown.map(s => {
    const row = document.createElement('tr');
    row.dataset.id = s.id;
    const started = cell(row, new Date(s.startedAt).toLocaleString());
    const note = damageNote(s);
    if (note) {
      row.classList.add(s.unreadable ? 'unreadable' : 'damaged');
      const warning = document.createElement('div');
      warning.className = 'damage-note';
      warning.textContent = note;
      started.appendChild(warning);
    }
    cell(row, who(s.clientName, s.clientId));
    cell(row, who(s.practitionerName, s.practitionerId));
    cell(row, duration(s.durationS) + (s.ended ? '' : ' (not ended)'), 'num');
    cell(row, s.peakAppliedKg.toFixed(1), 'num');
    cell(row, s.secondsOverLimit.toFixed(1) + ' s', 'num');
    cell(row, String(s.alarmCount) + (s.highAlarmCount ? ' (' + s.highAlarmCount + ' high)' : ''), 'num');
    const open = cell(row, '');
    if (s.unreadable) return row;
    const link = document.createElement('a');
    link.href = '/session.html?id=' + encodeURIComponent(s.id);
    link.textContent = 'Open';
    const report = document.createElement('a');
    report.href = '/report.html?session=' + encodeURIComponent(s.id);
    report.textContent = 'Report';
    report.className = 'report-link';
    const progress = document.createElement('a');
    progress.href = '/progress.html?practitioner=' + encodeURIComponent(s.practitionerId);
    progress.textContent = 'Progress';
    progress.className = 'progress-link';
    progress.title = 'this practitioner across sessions';
    open.append(link, ' · ', report, ' · ', progress);
    return row;
  }));
}

let loading = 0;

/** Loads the page at {@code offset} of the filtered list; a later load wins over an earlier one still running. */
async function load(offset) {
  const ticket = ++loading;
  const q = filterQuery();
  q.set('offset', offset);
  q.set('limit', PAGE);
  try {
    const response = await fetch('/api/sessions?' + q);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    if (ticket !== loading) return;
    Object.assign(state, { sessions: body, total: Number(response.headers.get('X-Total-Count')), offset, query: q.toString() });
    $('error').textContent = '';
    render();
  } catch (e) {
    if (ticket === loading) $('error').textContent = 'The sessions could not be loaded: ' + e.message;
  }
}

let typing = null;
['f-client', 'f-practitioner', 'f-from', 'f-to', 'f-alarms'].forEach(id => ['input', 'change'].forEach(type =>
  $(id).addEventListener(type, () => {
    clearTimeout(typing);
    typing = setTimeout(() => load(0), 250);
  })));
$('prev').addEventListener('click', () => load(Math.max(0, state.offset - PAGE)));
$('next').addEventListener('click', () => load(state.offset + PAGE));
load(0);
