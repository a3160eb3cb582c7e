// Profiles (clients, practitioners) and the live session, over the JSON API.
'use strict';
const $ = id => document.getElementById(id);
const JSON_HEADERS = { 'Content-Type': 'application/json' };

async function api(method, path, body) {
  const r = await fetch(path, { method, headers: JSON_HEADERS, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = r.status === 204 ? null : await r.json();
  if (!r.ok) throw new Error(data && data.error ? data.error : r.status + ' ' + r.statusText);
  return data;
}

function formFields(form, numbers) {
  const out = {};
  new FormData(form).forEach((v, k) => {
    if (v === '') return;
    if (numbers.includes(k)) out[k] = Number(v);
    else if (k === 'zoneFactors') { try { out[k] = JSON.parse(v); } catch (e) { out[k] = v; } }
    else out[k] = v;
  });
  return out;
}

function fill(form, profile) {
  [...form.elements].forEach(el => {
    if (!el.name) return;
    const v = profile[el.name];
    el.value = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : v;
  });
}

function setupKind(kind, numbers, columns) {
  const form = $(kind.slice(0, -1) + '-form'), error = $(kind.slice(0, -1) + '-error');
  let editing = null;
  async function load() {
    const data = await api('GET', '/api/' + kind);
    const table = $(kind);
    table.innerHTML = '<tr>' + columns.map(c => `<th>${c}</th>`).join('') + '<th></th></tr>';
    data[kind].forEach(p => {
      const row = table.insertRow();
      columns.forEach(c => row.insertCell().textContent = p[c] === null ? '–' : p[c]);
      const actions = row.insertCell();
      const edit = document.createElement('button'); edit.textContent = 'Edit'; edit.type = 'button';
      edit.onclick = () => { editing = p.id; fill(form, p); form.elements.id.readOnly = true; };
      const del = document.createElement('button'); del.textContent = 'Delete'; del.type = 'button';
      del.onclick = async () => { if (confirm('Delete ' + p.id + '?')) { await api('DELETE', `/api/${kind}/${p.id}`); load(); loadSession(); } };
      actions.append(edit, ' ', del);
    });
    const select = $('session-' + kind.slice(0, -1));
    select.replaceChildren(...data[kind].map(p => new Option(p.name + ' (' + p.id + ')', p.id)));
    document.dispatchEvent(new CustomEvent(kind + '-loaded', { detail: data[kind] }));
  }
  form.onsubmit = async e => {
    e.preventDefault(); error.textContent = '';
    try {
      const body = formFields(form, numbers);
      if (editing) await api('PUT', `/api/${kind}/${editing}`, body); else await api('POST', '/api/' + kind, body);
      editing = null; form.reset(); form.elements.id.readOnly = false; load();
    } catch (err) { error.textContent = err.message; }
  };
  form.onreset = () => { editing = null; form.elements.id.readOnly = false; error.textContent = ''; };
  return load;
}

async function loadSession() {
  const s = await api('GET', '/api/session');
  $('session-now').textContent = s.running
      ? `Running: ${s.sessionId}, client ${s.client.name}, practitioner ${s.practitioner.name}`
      : `No session running (monitoring client ${s.client.name}, practitioner ${s.practitioner.name})`;
  $('session-events').replaceChildren(...s.events.map(e => {
    const li = document.createElement('li'); li.textContent = new Date(e.epochMs).toLocaleTimeString() + '  ' + e.text; return li;
  }));
}

$('session-form').onsubmit = async e => {
  e.preventDefault(); $('session-error').textContent = '';
  try {
    await api('POST', '/api/session/start', { clientId: $('session-client').value, practitionerId: $('session-practitioner').value });
    loadSession();
  } catch (err) { $('session-error').textContent = err.message; }
};
$('session-stop').onclick = async () => { await api('POST', '/api/session/stop'); loadSession(); };

const loadClients = setupKind('clients', ['heightCm', 'crownXcm', 'maxAppliedKg', 'maxFraction'], ['id', 'name', 'heightCm', 'maxAppliedKg', 'maxFraction']);
const loadPractitioners = setupKind('practitioners', ['weightKg'], ['id', 'name', 'weightKg']);
loadClients(); loadPractitioners(); loadSession();
setInterval(loadSession, 2000);
