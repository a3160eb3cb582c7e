// The live page: reads /ws/live (update, alarm, event, context messages) and draws them.
// No build step; Chart.js comes from the WebJar served by the application.
'use strict';

const LB_PER_KG = 2.20462;
const STALE_MS = 2000;          // no message for this long: the connection is lost
const GAUGE_SPAN = 1.2;         // the gauge shows 0..120 % of the limit
const CHART_SECONDS = 30;

const state = { context: null, update: null, unit: localStorage.getItem('unit') || 'kg', lastMessage: 0,
                socket: null, retryMs: 500, audio: null, soundTimer: null, playing: null,
                previousSessionEnded: new Set() };
const $ = id => document.getElementById(id);

function shown(kg, digits = 1) {
  if (kg === null || kg === undefined) return '–';
  const text = (state.unit === 'lb' ? kg * LB_PER_KG : kg).toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.substring(1) : text;
}

// ---- connection ------------------------------------------------------------------------------
function connect() {
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/live';
  const socket = new WebSocket(url);
  state.socket = socket;
  socket.onopen = () => { state.retryMs = 500; };
  socket.onmessage = e => { state.lastMessage = Date.now(); setConnected(true); handle(JSON.parse(e.data)); };
  socket.onclose = () => { setConnected(false); state.socket = null; setTimeout(connect, state.retryMs);
                           state.retryMs = Math.min(state.retryMs * 2, 2000); };
  socket.onerror = () => socket.close();
}

// A lost stream means alarms cannot reach this page: it is shown at once and sounds like a HIGH alarm.
function setConnected(ok) {
  const banner = $('connection');
  if (ok) { banner.className = 'banner'; banner.textContent = ''; }
  else {
    banner.className = 'banner lost'; banner.textContent = 'CONNECTION LOST: NO LIVE DATA. Reconnecting…';
    playPattern('HIGH');
  }
  document.body.dataset.connected = ok;
}

setInterval(() => {
  if (state.lastMessage && Date.now() - state.lastMessage > STALE_MS) {
    setConnected(false);
    if (state.socket) state.socket.close();
  }
}, 250);

function handle(msg) {
  if (msg.type === 'update') renderUpdate(msg);
  else if (msg.type === 'context') renderContext(msg);
  else if (msg.type === 'event') addEvent(msg.event);
  else if (msg.type === 'alarm' && msg.change === 'raised') state.newAlarm = true;
}

// ---- reading and gauge -----------------------------------------------------------------------
// Every judgement comes from the server (limitKg, approachKg, status): this page only shows it.
const STATUS_TEXT = { NORMAL: '', APPROACHING: 'APPROACHING THE LIMIT', OVER: 'OVER THE LIMIT', NO_GO: 'NO-GO ZONE' };

function renderUpdate(u) {
  noteSession(u.sessionId);
  u = Object.assign({}, u, { alarms: u.alarms.filter(a => a.active || !state.previousSessionEnded.has(alarmKey(a))) });
  state.update = u;
  $('applied').textContent = shown(u.appliedKg);
  $('applied-unit').textContent = state.unit;
  $('fraction').textContent = u.fraction === null ? '–' : Math.round(u.fraction * 100) + ' %';
  $('limit').textContent = u.status === 'NO_GO' ? 'NO-GO' : u.limitKg === null ? 'none' : shown(u.limitKg) + ' ' + state.unit;
  $('zone').textContent = u.zone ? u.zone.replace('_', ' ') : '–';
  $('phase').textContent = u.phase || '–';
  $('status').textContent = STATUS_TEXT[u.status] || '';
  renderGauge(u);
  renderBand(u);
  renderAlarms(u.alarms);
  renderCard(u);
  renderCells(u.cells);
  renderFaults(u.faults);
  moveMarker(u.xCm);
  addChartPoint(u);
  updateGuide(u);
}

// The gauge spans 0..GAUGE_SPAN of the limit; the approach band starts where the server says it does.
function renderGauge(u) {
  const fill = $('gauge-fill'), limited = u.limitKg !== null && u.limitKg > 0;
  const ratio = u.status === 'NO_GO' || u.status === 'OVER' ? GAUGE_SPAN
    : limited ? Math.max(0, u.appliedKg) / u.limitKg : 0;
  fill.style.width = Math.min(100, ratio / GAUGE_SPAN * 100) + '%';
  fill.className = 'gauge-fill status-' + u.status;
  const approachAt = limited && u.approachKg !== null ? u.approachKg / u.limitKg / GAUGE_SPAN * 100 : null;
  document.querySelector('.gauge-limit').style.left = 100 / GAUGE_SPAN + '%';
  const band = document.querySelector('.gauge-approach');
  band.style.display = approachAt === null ? 'none' : '';
  if (approachAt !== null) { band.style.left = approachAt + '%'; band.style.width = (100 / GAUGE_SPAN - approachAt) + '%'; }
}

// ---- target bands (training mode; docs/guide.md) -------------------------------------------------
// The band of the zone under the load and where the load stands against it come from the server (band,
// bandStatus, inBandPercent); the page places the band at the kg sent and words the status.
const BAND_TEXT = { UNDER: 'BELOW THE BAND', IN: 'IN THE BAND', OVER: 'ABOVE THE BAND' };
function renderBand(u) {
  const band = u.band || null, limited = u.limitKg !== null && u.limitKg > 0;
  const box = $('gauge-band');
  box.hidden = !(band && band.lowKg !== null && limited);
  if (!box.hidden) {
    const at = kg => Math.min(100, kg / u.limitKg / GAUGE_SPAN * 100);
    box.style.left = at(band.lowKg) + '%';
    box.style.width = Math.max(0, at(band.highKg) - at(band.lowKg)) + '%';
    box.dataset.zone = band.zone;
  }
  const status = $('band-status');
  status.hidden = !(band && u.bandStatus);
  status.dataset.bandStatus = u.bandStatus || '';
  status.textContent = band && u.bandStatus ? BAND_TEXT[u.bandStatus] + ' · ' + band.zone.replace('_', ' ') + ' '
      + band.lowPercent + '–' + band.highPercent + ' %' : '';
  document.body.dataset.band = u.bandStatus || 'none';
  $('in-band-percent').textContent = u.inBandPercent === null || u.inBandPercent === undefined ? '–' : u.inBandPercent + ' %';
  bandCue(u.bandStatus || null);
}

// The session's bands as set (context.bands; null in a replay, where the panel stays hidden).
function renderTraining(c) {
  const panel = $('training-panel');
  panel.hidden = !c.bands || !c.sessionId;
  if (panel.hidden) return;
  loadPresets();
  const set = c.bands.bands || {};
  const rows = c.zones.filter(z => !z.noGo).map(z => {
    const row = document.createElement('tr');
    row.dataset.zone = z.zone;
    row.innerHTML = '<td></td><td><input type="number" min="0" max="100" step="1" class="low"></td>'
        + '<td><input type="number" min="0" max="100" step="1" class="high"></td>';
    row.children[0].textContent = z.zone.replace('_', ' ');
    if (set[z.zone]) { row.querySelector('.low').value = set[z.zone].lowPercent; row.querySelector('.high').value = set[z.zone].highPercent; }
    return row;
  });
  $('bands-table').querySelector('tbody').replaceChildren(...rows.reverse());
}

async function putBands(bands) {
  const answer = await fetch('/api/session/bands', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
                                                     body: JSON.stringify({ bands }) });
  const body = await answer.json().catch(() => ({}));
  $('bands-message').textContent = answer.ok ? 'Bands set.' : 'Not set: ' + (body.error || answer.status);
  $('bands-message').dataset.ok = String(answer.ok);
}
// The bands typed in the panel (an empty field is sent as null: the server names it).
function typedBands() {
  const bands = {};
  $('bands-table').querySelectorAll('tbody tr').forEach(row => {
    const low = row.querySelector('.low').value, high = row.querySelector('.high').value;
    if (low !== '' || high !== '') bands[row.dataset.zone] = { lowPercent: low === '' ? null : Number(low), highPercent: high === '' ? null : Number(high) };
  });
  return bands;
}
$('bands-form').onsubmit = e => { e.preventDefault(); putBands(typedBands()); };
$('bands-clear').onclick = () => putBands({});

// Named presets (DATA/bands): listed when the panel shows, used for the session, saved from the typed bands.
async function loadPresets() {
  const answer = await fetch('/api/training/presets');
  if (!answer.ok) return;
  const listing = await answer.json(), list = $('preset-list');
  list.replaceChildren(new Option('presets…', ''), ...listing.presets.map(p => new Option(p.name, p.name)));
}
async function usePreset() {
  const name = $('preset-list').value;
  if (!name) return;
  const answer = await fetch('/api/session/bands', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
                                                     body: JSON.stringify({ preset: name }) });
  const body = await answer.json().catch(() => ({}));
  $('bands-message').textContent = answer.ok ? 'Preset ' + name + ' set.' : 'Not set: ' + (body.error || answer.status);
}
async function savePreset() {
  const name = $('preset-name').value.trim();
  const answer = await fetch('/api/training/presets/' + encodeURIComponent(name), { method: 'PUT',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ bands: typedBands() }) });
  const body = await answer.json().catch(() => ({}));
  $('bands-message').textContent = answer.ok ? 'Preset ' + name + ' saved.' : 'Not saved: ' + (body.error || answer.status);
  if (answer.ok) loadPresets();
}
$('preset-use').onclick = usePreset;
$('preset-save').onclick = savePreset;

// The card takes the colour of the most urgent active alarm, or of the load's status before an alarm is raised.
const STATUS_LEVEL = { NORMAL: null, APPROACHING: 'LOW', OVER: 'HIGH', NO_GO: 'HIGH' };
function renderCard(u) {
  const active = u.alarms.filter(a => a.active);
  const levels = [...active.map(a => a.priority), STATUS_LEVEL[u.status]].filter(Boolean);
  const level = ['HIGH', 'MEDIUM', 'LOW'].find(p => levels.includes(p)) || null;
  const flashing = active.some(a => a.priority === 'HIGH' && !a.acknowledged);
  const card = $('reading');
  // A client stop outranks any load status: the client asked to stop, whatever the load says.
  const stop = active.find(a => a.type === 'CLIENT_STOP');
  card.className = 'panel status-' + u.status + (level ? ' alarm-' + level : '') + (flashing ? ' flash' : '')
      + (stop ? ' client-stop' : '');
  card.dataset.status = u.status;
  card.dataset.clientStop = stop ? String(stop.id) : '';
  if (stop) $('status').textContent = 'CLIENT STOP: THE CLIENT ASKED TO STOP';
}

function renderCells(cells) {
  const body = $('cells').querySelector('tbody');
  body.replaceChildren(...cells.map(c => {
    const row = document.createElement('tr');
    row.innerHTML = `<td></td><td></td><td></td>`;
    row.children[0].textContent = c.id; row.children[1].textContent = c.role;
    row.children[2].textContent = shown(c.kg) + ' ' + state.unit;
    return row;
  }));
}

function renderFaults(faults) {
  $('faults').replaceChildren(...faults.map(f => {
    const div = document.createElement('div'); div.className = 'fault'; div.textContent = 'Technical fault: ' + f; return div;
  }));
}

// ---- alarms and sound ------------------------------------------------------------------------
// The list is rebuilt only when its membership or states change (a rebuild under a finger would eat the tap);
// otherwise only the texts are refreshed in place.
function renderAlarms(alarms) {
  const list = $('alarms');
  const sorted = alarms;  // the server's display order: active before ended, then the most urgent, then the newest
  const signature = sorted.map(a => [a.id, a.active, a.acknowledged].join(':')).join(',');
  if (signature !== state.alarmSignature) {
    state.alarmSignature = signature;
    if (sorted.length === 0) {
      list.innerHTML = '<li class="none">No alarms</li>';
    } else {
      list.replaceChildren(...sorted.map(alarmItem));
    }
  }
  sorted.forEach(a => {
    const detail = list.querySelector(`li[data-alarm-id="${a.id}"] .detail`);
    if (detail) detail.textContent = alarmDetail(a);
  });
  const sounding = sorted.find(a => a.active && !a.acknowledged);
  playPattern(sounding ? sounding.priority : null);
  $('alarms-panel').classList.toggle('has-active', sorted.some(a => a.active));
}

function alarmItem(a) {
  const li = document.createElement('li');
  li.className = a.priority + (a.active ? '' : ' ended') + (a.acknowledged ? ' acknowledged' : '')
      + (a.type === 'CLIENT_STOP' ? ' client-stop' : '');
  li.dataset.alarmId = a.id; li.dataset.type = a.type;
  const text = document.createElement('span');
  text.innerHTML = '<span class="name"></span> <span class="detail"></span>';
  text.querySelector('.name').textContent = a.type.replace(/_/g, ' ');
  li.appendChild(text);
  if (!a.acknowledged || !a.active) {
    const ack = document.createElement('button');
    ack.type = 'button'; ack.className = 'ack'; ack.textContent = 'Acknowledge';
    ack.onclick = () => acknowledge(a.id);
    li.appendChild(ack);
  }
  return li;
}

function alarmDetail(a) {
  const where = a.zone ? ' · ' + a.zone.replace('_', ' ') : '';
  const peak = a.peakKg !== null ? ' · peak ' + shown(a.peakKg) + ' ' + state.unit : '';
  // a client stop says what the client was under when they pressed
  const press = a.press ? ' · pressed at ' + shown(a.press.appliedKg) + ' ' + state.unit
      + (a.press.fraction !== null ? ' (' + Math.round(a.press.fraction * 100) + ' %)' : '') : '';
  return a.priority + where + press + peak + (a.channel ? ' · ' + a.channel : '') + (a.detail ? ' · ' + a.detail : '')
      + (a.active ? '' : ' · ended') + (a.acknowledged ? ' · acknowledged' : '');
}

async function acknowledge(id) {
  await fetch('/api/alarms/' + id + '/ack', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
}

$('ack-all').onclick = () => (state.update ? state.update.alarms : []).forEach(a => acknowledge(a.id));

// Distinct patterns per priority (IEC 60601-1-8 style: more urgent = faster, higher, more pulses).
const PATTERNS = {
  HIGH: { every: 1000, beeps: [[880, 0], [880, 150], [880, 300], [1175, 600], [880, 750]], length: 0.1 },
  MEDIUM: { every: 2500, beeps: [[660, 0], [660, 220], [660, 440]], length: 0.15 },
  LOW: { every: 8000, beeps: [[440, 0], [440, 300]], length: 0.2 },
};

function playPattern(priority) {
  if (state.playing === priority) return;
  state.playing = priority;
  clearInterval(state.soundTimer);
  state.soundTimer = null;
  if (!priority || !state.audio) return;
  const pattern = PATTERNS[priority];
  const play = () => pattern.beeps.forEach(([hz, at]) => beep(hz, at / 1000, pattern.length));
  play();
  state.soundTimer = setInterval(play, pattern.every);
}

function beep(hz, delay, length) {
  const ctx = state.audio, t = ctx.currentTime + delay;
  const osc = ctx.createOscillator(), gain = ctx.createGain();
  osc.type = 'square'; osc.frequency.value = hz;
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.exponentialRampToValueAtTime(0.3, t + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(t); osc.stop(t + length + 0.02);
}

// Browsers start every page silent until a tap: until the audio runs, a loud banner says alarms are silent.
async function enableSound() {
  if (!state.audio) {
    state.audio = new (window.AudioContext || window.webkitAudioContext)();
    // the browser may suspend the audio later (a phone's screen locked): the banner comes back
    state.audio.onstatechange = () => setSoundOn(state.audio.state === 'running');
  }
  try { await state.audio.resume(); } catch (e) { /* still suspended: the banner stays */ }
  setSoundOn(state.audio.state === undefined || state.audio.state === 'running');
  const playing = state.playing; state.playing = undefined; playPattern(playing);
  if (state.update) updateGuide(state.update);
}

function setSoundOn(on) {
  state.soundOn = on;
  document.body.dataset.sound = on ? 'on' : 'off';
  $('sound-banner').hidden = on;
  const button = $('sound'); button.textContent = on ? 'Sound on' : 'Tap to enable sound'; button.className = on ? '' : 'sound-off';
}
$('sound').onclick = enableSound;
$('sound-banner').onclick = enableSound;
document.addEventListener('pointerdown', () => { if (!state.soundOn) enableSound(); });
setSoundOn(false);

// ---- audible load guide (docs/guide.md) -------------------------------------------------------
// The session's setting comes with the context; the tone follows each update through LoadGuide (guide.js).
// It is silent while an alarm sounds (alarms always take precedence) and until sound is enabled.
// One sine oscillator runs for good; each tick opens its gain for LoadGuide.TICK_S. window.guideAudio shows
// the graph's state to tests: the oscillator's type and frequency, the interval and the ticks played.
const guide = { setting: { enabled: false, fromShare: 0.5 }, tone: null, timer: null, osc: null, gain: null, ticks: 0 };
window.guideAudio = { enabled: false, sounding: false, type: null, hz: null, intervalMs: null, ticks: 0 };

function renderGuideSetting(setting) {
  guide.setting = setting || { enabled: false, fromShare: 0.5 };
  const button = $('guide');
  button.textContent = guide.setting.enabled ? 'Guide on' : 'Guide off';
  button.setAttribute('aria-pressed', String(guide.setting.enabled));
  const from = $('guide-from');
  if (![...from.options].some(o => Number(o.value) === guide.setting.fromShare)) {
    from.add(new Option('from ' + Math.round(guide.setting.fromShare * 100) + ' %', String(guide.setting.fromShare)));
  }
  from.value = String(guide.setting.fromShare);
  if (state.update) updateGuide(state.update);
}

async function putGuide(enabled, fromShare) {
  const answer = await fetch('/api/session/guide', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
                                                     body: JSON.stringify({ enabled, fromShare }) });
  if (!answer.ok) addEvent({ kind: 'guide', text: 'load guide not changed: ' + await answer.text(), epochMs: Date.now() });
}
$('guide').onclick = () => putGuide(!guide.setting.enabled, Number($('guide-from').value));
$('guide-from').onchange = () => putGuide(guide.setting.enabled, Number($('guide-from').value));

function updateGuide(u) {
  const next = guide.setting.enabled && !state.playing ? LoadGuide.tone(LoadGuide.shareOf(u), guide.setting.fromShare) : null;
  guide.tone = next;
  if (next && state.audio && !guide.osc) buildGuideGraph();
  if (next && guide.osc) guide.osc.frequency.value = next.hz;
  if (next && !guide.timer) guideTick();
  Object.assign(window.guideAudio, { enabled: guide.setting.enabled, sounding: !!(next && guide.osc),
    type: guide.osc ? guide.osc.type : null, hz: guide.osc ? guide.osc.frequency.value : null,
    intervalMs: next ? next.intervalMs : null, ticks: guide.ticks });
  document.body.dataset.guide = next ? 'ticking' : guide.setting.enabled ? 'silent' : 'off';
}

// Entering the band chimes (LoadGuide.BAND_CHIME) while the guide is on and no alarm sounds.
window.guideAudio.bandChimes = 0;
function bandCue(status) {
  const enters = LoadGuide.entersBand(guide.bandStatus, status);
  guide.bandStatus = status;
  if (!enters || !guide.setting.enabled || state.playing || !state.audio || !state.soundOn) return;
  const ctx = state.audio;
  LoadGuide.BAND_CHIME.forEach(([hz, at]) => {
    const t = ctx.currentTime + at, osc = ctx.createOscillator(), gain = ctx.createGain();
    osc.type = 'sine'; osc.frequency.value = hz;
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.25, t + 0.005);
    gain.gain.linearRampToValueAtTime(0, t + LoadGuide.BAND_CHIME_S);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t); osc.stop(t + LoadGuide.BAND_CHIME_S + 0.02);
  });
  window.guideAudio.bandChimes++;
}

function buildGuideGraph() {
  const ctx = state.audio;
  guide.osc = ctx.createOscillator(); guide.gain = ctx.createGain();
  guide.osc.type = 'sine';
  guide.gain.gain.value = 0;
  guide.osc.connect(guide.gain).connect(ctx.destination);
  guide.osc.start();
}

// One tick now, the next after the interval in force then; stops when the tone stops.
function guideTick() {
  guide.timer = null;
  if (state.playing) guide.tone = null;  // an alarm (or a lost connection) sounds: no tick, and none until an update says so
  if (!guide.tone) { window.guideAudio.sounding = false; return; }
  if (guide.osc && state.soundOn) {
    const t = state.audio.currentTime, g = guide.gain.gain;
    g.cancelScheduledValues(t);
    g.setValueAtTime(0, t);
    g.linearRampToValueAtTime(0.25, t + 0.005);
    g.linearRampToValueAtTime(0, t + LoadGuide.TICK_S);
    guide.ticks++;
    window.guideAudio.ticks = guide.ticks;
  }
  guide.timer = setTimeout(guideTick, guide.tone.intervalMs);
}

// A new session belongs to another client: the ended alarms listed for the previous one leave this page
// (active ones stay: they still need attention), and the chart starts afresh.
function noteSession(sessionId) {
  if (state.sessionId === undefined) { state.sessionId = sessionId; return; }
  if (sessionId === state.sessionId) return;
  state.sessionId = sessionId;
  (state.update ? state.update.alarms : []).filter(a => !a.active).forEach(a => state.previousSessionEnded.add(alarmKey(a)));
  state.alarmSignature = null;
  chart.data.datasets.forEach(d => d.data = []);
  chart.update('none');
}
const alarmKey = a => a.id + '@' + a.startMs;

// ---- body silhouette -------------------------------------------------------------------------
const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, parent) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  if (parent) parent.appendChild(el);
  return el;
}

function renderContext(c) {
  noteSession(c.sessionId);
  state.context = c;
  renderGuideSetting(c.guide);
  renderTraining(c);
  $('client-name').textContent = 'Client ' + c.client.name;
  $('practitioner-name').textContent = 'Practitioner ' + c.practitioner.name
      + (c.practitioner.weightKg ? ' (' + shown(c.practitioner.weightKg, 0) + ' ' + state.unit + ')' : '');
  $('session-id').textContent = c.sessionId ? 'session ' + c.sessionId : 'no session running';
  drawBody(c);
  $('events').replaceChildren();
  (c.events || []).forEach(addEvent);
}

function drawBody(c) {
  const t = c.table, body = $('body');
  const margin = 10;
  body.setAttribute('viewBox', `${-margin} ${-margin} ${t.lengthCm + 2 * margin} ${t.widthCm + 2 * margin}`);
  body.replaceChildren();
  svg('rect', { x: 0, y: 0, width: t.lengthCm, height: t.widthCm, rx: 4, fill: '#223048', stroke: '#4a5a78' }, body);
  const H = c.client.heightCm, crown = c.client.crownXcm, mid = t.widthCm / 2;
  const xAt = h => crown + (1 - h) * H;
  // a prone body, head toward the crown position: head, torso, hips, two legs
  const g = svg('g', { fill: '#c9b8a6', opacity: 0.8 }, body);
  svg('ellipse', { cx: xAt(0.935), cy: mid, rx: 0.065 * H, ry: 0.055 * H }, g);
  svg('rect', { x: xAt(0.82), y: mid - 0.13 * H, width: 0.30 * H, height: 0.26 * H, rx: 0.05 * H }, g);
  svg('rect', { x: xAt(0.52), y: mid - 0.10 * H, width: 0.08 * H, height: 0.20 * H, rx: 0.03 * H }, g);
  svg('rect', { x: xAt(0.47), y: mid - 0.09 * H, width: 0.45 * H, height: 0.07 * H, rx: 0.03 * H }, g);
  svg('rect', { x: xAt(0.47), y: mid + 0.02 * H, width: 0.45 * H, height: 0.07 * H, rx: 0.03 * H }, g);
  c.zones.forEach(z => {
    const x0 = xAt(z.toH), x1 = xAt(z.fromH);
    const band = svg('rect', { x: x0, y: 2, width: x1 - x0, height: t.widthCm - 4,
      fill: z.noGo ? 'rgba(224,36,36,.45)' : z.factor < 1 ? 'rgba(224,161,0,.18)' : 'rgba(46,158,91,.10)',
      stroke: z.noGo ? '#ff5050' : 'none', 'stroke-dasharray': '3 2', class: 'zone' + (z.noGo ? ' no-go' : '') }, body);
    band.dataset.zone = z.zone;
    const cx = (x0 + x1) / 2, cy = t.widthCm / 2;
    const label = svg('text', { x: cx, y: cy, 'font-size': Math.min(5, (x1 - x0) * 0.7), 'text-anchor': 'middle',
      'dominant-baseline': 'central', transform: `rotate(-90 ${cx} ${cy})`, fill: z.noGo ? '#ffd0d0' : '#c8d2de',
      'font-weight': z.noGo ? 'bold' : 'normal', stroke: '#10151c', 'stroke-width': 0.6, 'paint-order': 'stroke',
      class: 'zone-label' }, body);
    label.textContent = (z.noGo ? 'NO-GO ' : '') + z.zone.replace('_', ' ');
  });
  t.cells.filter(cell => cell.role === 'table').forEach(cell =>
    svg('circle', { cx: cell.xCm, cy: cell.yCm + (cell.yCm < 0 ? t.widthCm / 2 : 0), r: 3, fill: '#8cc8ff' }, body));
  const marker = svg('g', { id: 'marker', visibility: 'hidden' }, body);
  svg('line', { x1: 0, x2: 0, y1: -margin + 2, y2: t.widthCm + margin - 2, stroke: 'white', 'stroke-width': 1.5 }, marker);
  svg('circle', { cx: 0, cy: mid, r: 5, fill: 'white', stroke: '#e02424', 'stroke-width': 2 }, marker);
}

function moveMarker(xCm) {
  const marker = document.getElementById('marker');
  if (!marker) return;
  if (xCm === null || xCm === undefined) { marker.setAttribute('visibility', 'hidden'); return; }
  marker.setAttribute('visibility', 'visible');
  marker.setAttribute('transform', `translate(${xCm} 0)`);
}

// ---- events ----------------------------------------------------------------------------------
function addEvent(e) {
  const li = document.createElement('li');
  const when = new Date(e.epochMs).toLocaleTimeString();
  li.textContent = when + '  ' + e.text;
  li.className = 'event-' + e.kind;
  $('events').prepend(li);
  while ($('events').children.length > 200) $('events').lastChild.remove();
}

// ---- chart -----------------------------------------------------------------------------------
const chart = new Chart($('chart'), {
  type: 'line',
  data: { datasets: [
    { label: 'applied', data: [], borderColor: '#8cc8ff', borderWidth: 3, pointRadius: 0, tension: 0 },
    { label: 'limit', data: [], borderColor: '#e02424', borderWidth: 2, borderDash: [6, 4], pointRadius: 0, stepped: true },
    { label: 'band', data: [], borderColor: '#3ad07a', borderWidth: 1, pointRadius: 0, stepped: true, spanGaps: false },
    { label: 'band top', data: [], borderColor: '#3ad07a', borderWidth: 1, pointRadius: 0, stepped: true, spanGaps: false,
      fill: '-1', backgroundColor: 'rgba(46,158,91,.22)' },
  ] },
  options: { animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
    scales: { x: { type: 'linear', ticks: { color: '#9aa7b6', callback: function (v) { return (v - this.max).toFixed(0) + ' s'; } },
                   grid: { color: '#2c3748' } },
              y: { beginAtZero: true, ticks: { color: '#9aa7b6' }, grid: { color: '#2c3748' } } },
    plugins: { legend: { labels: { color: '#f2f5f8', filter: item => item.text !== 'band top' } } } },
});
let lastChartDraw = 0;
function addChartPoint(u) {
  if (u.tMs === null || u.appliedKg === null) return;
  const s = u.tMs / 1000, factor = state.unit === 'lb' ? LB_PER_KG : 1;
  const sets = chart.data.datasets, [applied, limit, low, high] = sets;
  if (applied.data.length && s < applied.data[applied.data.length - 1].x) sets.forEach(d => d.data = []);
  applied.data.push({ x: s, y: u.appliedKg * factor });
  limit.data.push({ x: s, y: u.limitKg === null ? null : u.limitKg * factor });
  const band = u.band && u.band.lowKg !== null ? u.band : null;
  low.data.push({ x: s, y: band ? band.lowKg * factor : null });
  high.data.push({ x: s, y: band ? band.highKg * factor : null });
  while (applied.data.length && applied.data[0].x < s - CHART_SECONDS) sets.forEach(d => d.data.shift());
  chart.options.scales.x.min = s - CHART_SECONDS; chart.options.scales.x.max = s;
  const now = performance.now();
  if (now - lastChartDraw > 100) { chart.update('none'); lastChartDraw = now; }
}

// ---- controls --------------------------------------------------------------------------------
$('unit').textContent = state.unit;
$('unit').onclick = () => {
  state.unit = state.unit === 'kg' ? 'lb' : 'kg';
  localStorage.setItem('unit', state.unit);
  $('unit').textContent = state.unit;
  chart.data.datasets.forEach(d => d.data = []);
  if (state.update) renderUpdate(state.update);
};
$('tare').onclick = async () => {
  if (!confirm('Tare: set every cell\'s zero to its reading now? Only with the table empty.')) return;
  const r = await fetch('/api/tare', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
  if (!r.ok) alert('Tare failed: ' + (await r.json()).error);
};

$('phase-override').onchange = async e => {
  const r = await fetch('/api/phase', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                        body: JSON.stringify({ phase: e.target.value }) });
  if (!r.ok) alert('Phase override failed: ' + (await r.json()).error);
};

connect();
