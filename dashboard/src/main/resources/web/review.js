// The session list: GET /api/sessions, filtered here by client, practitioner and date.
'use strict';

const $ = id => document.getElementById(id);
let sessions = [];

function duration(s) {
  const m = Math.floor(s / 60), r = Math.round(s % 60);
  return m + ':' + String(r).padStart(2, '0');
}

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
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
  const body = $('sessions').querySelector('tbody');
  if (!shown.length) {
    body.innerHTML = '<tr><td colspan="8" class="muted">No recorded session matches.</td></tr>';
    return;
  }
  body.replaceChildren(...shown.map(s => {
    const row = document.createElement('tr');
    row.dataset.id = s.id;
    cell(row, new Date(s.startedAt).toLocaleString());
    cell(row, s.clientName + ' (' + s.clientId + ')');
    cell(row, s.practitionerName + ' (' + s.practitionerId + ')');
    cell(row, duration(s.durationS) + (s.ended ? '' : ' (not ended)'), 'num');
    cell(row, s.peakAppliedKg.toFixed(1), 'num');
    cell(row, s.secondsOverLimit.toFixed(1) + ' s', 'num');
    cell(row, String(s.alarmCount) + (s.highAlarmCount ? ' (' + s.highAlarmCount + ' high)' : ''), 'num');
    const open = cell(row, '');
    const link = document.createElement('a');
    link.href = '/session.html?id=' + encodeURIComponent(s.id);
    link.textContent = 'Open';
    open.appendChild(link);
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
