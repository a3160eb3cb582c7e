// The calibration wizard: for each cell, record unloaded, record with a known weight, save.
'use strict';
const $ = id => document.getElementById(id);
let cell = null;

async function api(method, path, body) {
  const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json' },
                                body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await r.json();
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}

async function load() {
  const data = await api('GET', '/api/calibration');
  $('table-file').textContent = data.tableFile;
  const table = $('cells');
  table.innerHTML = '<tr><th>cell</th><th>role</th><th>offset</th><th>counts/kg</th><th></th></tr>';
  data.cells.forEach(c => {
    const row = table.insertRow();
    [c.id, c.role, c.offset.toFixed(1), c.countsPerKg.toFixed(3)].forEach(v => row.insertCell().textContent = v);
    const b = document.createElement('button'); b.type = 'button'; b.textContent = 'Calibrate';
    b.onclick = () => { cell = c.id; $('cell-name').textContent = c.id; $('result').textContent = ''; $('error').textContent = ''; };
    row.insertCell().appendChild(b);
  });
  if (!cell && data.cells.length) { cell = data.cells[0].id; $('cell-name').textContent = cell; }
}

async function step(fn) {
  $('error').textContent = '';
  try { await fn(); } catch (e) { $('error').textContent = e.message; }
}

$('zero').onclick = () => step(async () => {
  $('result').textContent = 'Recording…';
  const r = await api('POST', `/api/calibration/${cell}/zero`, {});
  $('result').textContent = `Unloaded: ${r.zero.meanCounts.toFixed(1)} counts (spread ${r.zero.sdCounts.toFixed(1)})`;
});
$('loaded').onclick = () => step(async () => {
  $('result').textContent = 'Recording…';
  const r = await api('POST', `/api/calibration/${cell}/loaded`, { weightKg: Number($('weight').value) });
  $('result').textContent = `Proposed: offset ${r.proposal.offset.toFixed(1)}, ${r.proposal.countsPerKg.toFixed(3)} counts/kg `
      + `(was ${r.previous.offset.toFixed(1)}, ${r.previous.countsPerKg.toFixed(3)})`;
});
$('save').onclick = () => step(async () => {
  await api('POST', `/api/calibration/${cell}/save`, {});
  $('result').textContent = 'Saved.';
  load();
});
load();
