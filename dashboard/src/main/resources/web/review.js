// The session list: GET /api/sessions, filtered here by client, practitioner and date.
'use strict';

const $ = id => document.getElementById(id);
let sessions = [];

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

function matches(s) {
  const client = $('f-client').value.trim().toLowerCase();
  const practitioner = $('f-practitioner').value.trim().toLowerCase();
  const from = $('f-from').value ? new Date($('f-from').value + 'T00:00').getTime() : -Infinity;
  const to = $('f-to').value ? new Date($('f-to').value + 'T00:00').getTime() + 86400000 : Infinity;
  return (!client || (s.clientId + ' ' + s.clientName).toLowerCase().includes(client))
      && (!practitioner || (s.practitionerId + ' ' + s.practitionerName).toLowerCase().includes(practitioner))
      && s.startedAt >= from && s.startedAt < to;
}

function render() {
  const shown = sessions.filter(matches);
  $('count').textContent = shown.length + ' of ' + sessions.length + ' sessions';
  const damaged = sessions.filter(s => s.unreadable || s.damagedBytes > 0).length;
  $('damage-summary').textContent = damaged ? damaged + (damaged === 1 ? ' session has' : ' sessions have')
      + ' a damaged journal: the damaged stretches are skipped and every intact record is shown (see the note on each).' : '';
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

async function load() {
  try {
    const response = await fetch('/api/sessions');
    if (!response.ok) throw new Error((await response.json()).error || response.statusText);
    sessions = await response.json();
    render();
  } catch (e) {
    $('error').textContent = 'The sessions could not be loaded: ' + e.message;
  }
}

['f-client', 'f-practitioner', 'f-from', 'f-to'].forEach(id => $(id).addEventListener('input', render));
load();
