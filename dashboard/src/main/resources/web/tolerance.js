// The profiles page's "Limits learned from the client" (docs/guide.md): the client's stops per zone from
// GET /api/clients/{id}/tolerance, the suggestion the server computed, and an Accept button that posts it
// (with the factor shown, so a suggestion that changed meanwhile is refused rather than applied unseen).
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const kg = v => (v === null || v === undefined ? '–' : v.toFixed(1) + ' kg');
  const day = ms => new Date(ms).toLocaleDateString();
  $('tolerance-by').value = localStorage.getItem('toleranceBy') || '';

  document.addEventListener('clients-loaded', e => {
    const select = $('tolerance-client'), chosen = select.value;
    select.replaceChildren(...e.detail.map(p => new Option(p.name + ' (' + p.id + ')', p.id)));
    if (e.detail.some(p => p.id === chosen)) select.value = chosen;
    load();
  });
  $('tolerance-client').onchange = load;

  async function load() {
    const id = $('tolerance-client').value;
    $('tolerance-error').textContent = '';
    if (!id) { $('tolerance-zones').replaceChildren(); return; }
    const r = await fetch('/api/clients/' + encodeURIComponent(id) + '/tolerance');
    const t = await r.json();
    if (!r.ok) { $('tolerance-error').textContent = t.error || r.status; return; }
    render(id, t);
  }

  function render(id, t) {
    const table = $('tolerance-zones');
    table.innerHTML = '<tr><th>zone</th><th>factor now</th><th>stops (newest first)</th><th>suggested</th><th></th></tr>';
    if (t.zones.length === 0) table.insertRow().insertCell().textContent = 'No stops recorded for this client.';
    t.zones.forEach(z => {
      const row = table.insertRow();
      row.dataset.zone = z.zone;
      row.insertCell().textContent = z.zone.replace('_', ' ');
      row.insertCell().textContent = z.factor;
      row.insertCell().textContent = z.stops.map(s => kg(s.loadKg) + ' on ' + day(s.epochMs)
          + (s.source === 'CLIENT_STOP' ? ' (stop button, ' : ' (discomfort note, ') + s.sessionId + ')').join('; ');
      const suggested = row.insertCell(), action = row.insertCell();
      if (!z.suggestion) { suggested.textContent = '–'; return; }
      suggested.className = 'suggestion';
      suggested.textContent = 'factor ' + z.suggestion.suggestedFactor + ' (about ' + kg(z.suggestion.suggestedLimitKg)
          + ', ' + Math.round(t.rule.margin * 100) + ' % of ' + kg(z.suggestion.lowestStop.loadKg) + ')';
      const accept = document.createElement('button');
      accept.type = 'button'; accept.className = 'accept'; accept.textContent = 'Accept';
      accept.onclick = () => acceptSuggestion(id, z.zone, z.suggestion.suggestedFactor);
      action.appendChild(accept);
    });
    $('tolerance-rule').textContent = 'Suggested: ' + Math.round(t.rule.margin * 100) + ' % of the lowest stop of the last '
        + t.rule.recentDays + ' days, as a zone factor rounded down to ' + t.rule.factorStep + '.';
    $('tolerance-acceptances').replaceChildren(...t.acceptances.map(a => {
      const li = document.createElement('li');
      li.textContent = day(a.acceptedEpochMs) + ' ' + new Date(a.acceptedEpochMs).toLocaleTimeString() + ': '
          + a.zone.replace('_', ' ') + ' factor ' + a.fromFactor + ' → ' + a.toFactor + ', accepted by ' + a.acceptedBy;
      return li;
    }));
    $('tolerance-skipped').replaceChildren(...t.skipped.map(text => {
      const li = document.createElement('li'); li.textContent = 'Not learned from: ' + text; return li;
    }));
  }

  async function acceptSuggestion(id, zone, factor) {
    const by = $('tolerance-by').value.trim();
    $('tolerance-error').textContent = '';
    if (!by) { $('tolerance-error').textContent = 'Write who accepts it first.'; $('tolerance-by').focus(); return; }
    localStorage.setItem('toleranceBy', by);
    const r = await fetch('/api/clients/' + encodeURIComponent(id) + '/tolerance/accept', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ zone, by, factor }) });
    if (!r.ok) { const e = await r.json(); $('tolerance-error').textContent = 'Not accepted: ' + (e.error || r.status); }
    load();
  }
})();
