'use strict';
document.getElementById('login').onsubmit = async e => {
  e.preventDefault();
  const r = await fetch('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                        body: JSON.stringify({ password: document.getElementById('password').value }) });
  if (r.ok) { location.href = '/'; return; }
  document.getElementById('error').textContent = (await r.json()).error;
};
