// Replays a recorded session through the live page's own widgets: loads the live page's markup and
// live.js unchanged, and gives live.js a stand-in WebSocket that delivers recorded context and update
// messages (GET /api/sessions/{id} and /replay) on a replay clock, 1x to 8x.
// Replay is read-only and silent: requests that would change the live system (acknowledge, tare) are
// refused here, and alarm sounds go to a muted audio context.
// Talks to an embedding page with postMessage: sends {type: 'replay-position', tMs, playing}; obeys
// {type: 'replay-seek', tMs} and {type: 'replay-play', playing}.
'use strict';

(() => {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const api = '/api/sessions/' + encodeURIComponent(id);
  const RATE_HZ = 20;
  const CHUNK_MS = 10000;
  const HEARTBEAT_MS = 500;
  const HISTORY_MS = 30000;

  // The replay's state; read by the browser test. A heartbeat (a message live.js ignores) keeps its
  // connection watchdog content while paused.
  const replay = window.replay = {
    detail: null, t0: 0, tEnd: 0, pos: 0, speed: 1, playing: false, queue: [], loadedTo: -Infinity,
    loading: null, socket: null, last: null, lastSent: 0, delivered: 0,
  };

  // ---- stand-ins for what live.js uses -------------------------------------------------------
  const realFetch = window.fetch.bind(window);
  window.fetch = (url, options) => {
    const method = (options && options.method || 'GET').toUpperCase();
    if (method !== 'GET') return Promise.resolve(new Response(JSON.stringify({ error: 'replay is read-only' }),
        { status: 409, headers: { 'Content-Type': 'application/json' } }));
    return realFetch(url, options);
  };
  window.confirm = () => false;

  class MutedAudio {
    constructor() { this.currentTime = 0; this.destination = {}; }
    resume() { return Promise.resolve(); }
    createOscillator() { return { type: '', frequency: {}, connect(n) { return n; }, start() {}, stop() {} }; }
    createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect(n) { return n; } }; }
  }
  window.AudioContext = MutedAudio;
  window.webkitAudioContext = MutedAudio;

  class ReplaySocket {
    constructor() {
      this.readyState = 1;
      replay.socket = this;
      setTimeout(() => { if (this.onopen) this.onopen(); start(); }, 0);
    }
    send() {}
    close() {}
  }
  window.WebSocket = ReplaySocket;

  function deliver(message) {
    replay.lastSent = performance.now();
    if (replay.socket && replay.socket.onmessage) replay.socket.onmessage({ data: JSON.stringify(message) });
  }

  // ---- the session as live messages ----------------------------------------------------------
  // The server sends replay the live stream's own messages (docs/api.md, "Wire schema"): each stretch
  // carries the session's context message and its update messages; the context goes to live.js once.
  let contextSent = false;

  function fetchChunk(from, until) {
    const to = Math.min(until || from + CHUNK_MS, replay.tEnd + 1);
    if (to <= from) return Promise.resolve();
    replay.loading = realFetch(`${api}/replay?from=${from}&to=${to}&rate=${RATE_HZ}`).then(r => r.json()).then(chunk => {
      if (!contextSent) { contextSent = true; deliver(chunk.context); }
      replay.queue.push(...chunk.updates);
      replay.loadedTo = to;
      replay.loading = null;
    });
    return replay.loading;
  }

  async function seek(tMs) {
    replay.pos = Math.max(replay.t0, Math.min(replay.tEnd, tMs));
    if (replay.loading) await replay.loading.catch(() => {});
    replay.queue = [];
    replay.loadedTo = -Infinity;
    // from half a minute before, so that the live page's "last 30 seconds" chart fills at once
    await fetchChunk(Math.max(replay.t0, replay.pos - HISTORY_MS), replay.pos + CHUNK_MS);
    show(true);
  }

  /** Delivers the updates now due: all of them after a seek (catch-up), else the latest only. */
  function show(catchUp) {
    let due = null;
    while (replay.queue.length && replay.queue[0].tMs <= replay.pos) {
      due = replay.queue.shift();
      if (catchUp && replay.queue.length && replay.queue[0].tMs <= replay.pos) { replay.delivered++; deliver(due); }
    }
    if (due) { replay.last = due; replay.delivered++; deliver(due); }
    else if (replay.last && catchUp) deliver(replay.last);
    // live.js redraws its chart at most every 100 ms: after a burst, send the latest again to have it drawn
    if (catchUp && replay.last) setTimeout(() => { if (!replay.playing) deliver(replay.last); }, 150);
    else if (performance.now() - replay.lastSent > HEARTBEAT_MS) deliver({ type: 'replay-heartbeat' });
    const bar = document.getElementById('replay-bar');
    if (bar) {
      document.getElementById('replay-clock').textContent = clock(replay.pos) + ' / ' + clock(replay.tEnd);
      document.getElementById('replay-position').value = Math.round((replay.pos - replay.t0) / Math.max(1, replay.tEnd - replay.t0) * 1000);
    }
    if (window.parent !== window) window.parent.postMessage({ type: 'replay-position', tMs: replay.pos, playing: replay.playing }, location.origin);
  }

  // m:ss.s from the first frame, rounded to the tenth before minutes and seconds are split: never "1:60.0".
  function clock(ms) {
    const tenths = Math.round(Math.max(0, ms - replay.t0) / 100);
    return Math.floor(tenths / 600) + ':' + ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  }

  let lastFrame = null;
  function tick(now) {
    if (replay.playing) {
      if (lastFrame !== null) replay.pos += (now - lastFrame) * replay.speed;
      lastFrame = now;
      if (replay.pos >= replay.tEnd) { replay.pos = replay.tEnd; setPlaying(false); }
      if (!replay.loading && replay.loadedTo <= replay.tEnd && replay.loadedTo - replay.pos < CHUNK_MS / 2) {
        fetchChunk(Math.max(replay.loadedTo, replay.pos));
      }
    } else {
      lastFrame = null;
    }
    show(false);
    requestAnimationFrame(tick);
  }

  function setPlaying(playing) {
    replay.playing = playing;
    const button = document.getElementById('replay-play');
    if (button) button.textContent = playing ? 'Pause' : 'Play';
  }

  window.addEventListener('message', e => {
    if (e.origin !== location.origin || !e.data) return;
    if (e.data.type === 'replay-seek') seek(e.data.tMs);
    if (e.data.type === 'replay-play') setPlaying(!!e.data.playing);
  });

  async function start() {
    const d = replay.detail = await (await realFetch(api)).json();
    replay.t0 = replay.pos = d.firstMs;
    replay.tEnd = d.lastMs;
    await seek(Number(params.get('t')) || replay.t0);
    document.body.dataset.replayReady = 'true';
    requestAnimationFrame(tick);
  }

  // ---- the live page, unchanged, plus a replay bar ---------------------------------------------
  function controls() {
    const bar = document.createElement('div');
    bar.id = 'replay-bar';
    bar.className = 'replay-bar';
    bar.innerHTML = '<strong>Replay</strong> <button id="replay-play" type="button">Play</button>'
      + ' <select id="replay-speed" aria-label="speed"><option value="1">1x</option><option value="2">2x</option>'
      + '<option value="4">4x</option><option value="8">8x</option></select>'
      + ' <input id="replay-position" type="range" min="0" max="1000" value="0" aria-label="position">'
      + ' <span id="replay-clock">0:00.0</span>';
    document.body.prepend(bar);
    document.getElementById('replay-play').onclick = () => {
      if (!replay.playing && replay.pos >= replay.tEnd) seek(replay.t0).then(() => setPlaying(true));
      else setPlaying(!replay.playing);
    };
    document.getElementById('replay-speed').onchange = e => { replay.speed = Number(e.target.value); };
    document.getElementById('replay-position').oninput = e =>
      seek(replay.t0 + Number(e.target.value) / 1000 * (replay.tEnd - replay.t0));
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(script);
    });
  }

  async function mountLivePage() {
    const page = new DOMParser().parseFromString(await (await realFetch('/index.html')).text(), 'text/html');
    page.head.querySelectorAll('link[rel=stylesheet]').forEach(link => document.head.appendChild(link.cloneNode()));
    const style = document.createElement('style');
    style.textContent = '.replay-bar { display:flex; gap:.6rem; align-items:center; padding:.5rem 1rem; background:#0b0f14; }'
      + ' .replay-bar input[type=range] { flex:1; } .replay header nav, .replay #ack-all, .replay #alarms .ack { display:none; }'
      + ' .replay #connection, .replay #sound-banner { display:none; } body.replay[data-sound=off] { padding-bottom:0; }';
    document.head.appendChild(style);
    document.body.replaceChildren(...[...page.body.childNodes].map(node => document.importNode(node, true)));
    controls();
    const scripts = [...page.querySelectorAll('script[src]')].map(s => s.getAttribute('src'));
    for (const src of scripts) await loadScript(src);
  }

  document.addEventListener('DOMContentLoaded', () => mountLivePage().catch(e => {
    document.body.textContent = 'The replay could not start: ' + e.message;
  }));
})();
