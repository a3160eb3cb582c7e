// The printed body map (report.html, compare.html): the table from above, head to the left; each body
// zone's band shaded by the time the load spent there and coloured by the worst status the server found
// there (statistics.zones[zone].worstStatus), no-go zones outlined in red. Light colours, for paper.
'use strict';

const BODY_MAP_STATUS_RGB = { NORMAL: '46,158,91', APPROACHING: '224,161,0', OVER: '224,36,36', NO_GO: '224,36,36' };

function bodyMapElement(tag, attrs, parent) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  parent.appendChild(e);
  return e;
}

/**
 * Draws into `target` (an <svg>): `table` as the table file (lengthCm, widthCm), `client` as the profile
 * (heightCm, crownXcm), `zones` the body zones with this client's factors ({zone, fromH, toH, noGo}),
 * `stats` per zone name {seconds, worstStatus} (zones without load are left blank).
 */
function drawBodyMap(target, table, client, zones, stats) {
  const margin = 4;
  target.replaceChildren();
  target.setAttribute('viewBox', `${-margin} ${-margin} ${table.lengthCm + 2 * margin} ${table.widthCm + 2 * margin}`);
  bodyMapElement('rect', { x: 0, y: 0, width: table.lengthCm, height: table.widthCm, rx: 4, fill: '#f4f5f7', stroke: '#888' }, target);
  const xAt = h => client.crownXcm + (1 - h) * client.heightCm;
  const most = Math.max(1e-9, ...Object.values(stats).map(z => z.seconds));
  zones.forEach(z => {
    const x0 = xAt(z.toH), x1 = xAt(z.fromH), s = stats[z.zone];
    const band = bodyMapElement('rect', { x: x0, y: 2, width: x1 - x0, height: table.widthCm - 4, class: 'zone',
      fill: s ? `rgba(${BODY_MAP_STATUS_RGB[s.worstStatus]},${(0.12 + 0.68 * s.seconds / most).toFixed(2)})` : 'none',
      stroke: z.noGo ? '#c00000' : '#999', 'stroke-dasharray': z.noGo ? '3 2' : '', 'stroke-width': 0.6 }, target);
    band.dataset.zone = z.zone;
    const cx = (x0 + x1) / 2, cy = table.widthCm / 2;
    const label = bodyMapElement('text', { x: cx, y: cy, 'font-size': Math.min(6, (x1 - x0) * 0.45), 'text-anchor': 'middle',
      'dominant-baseline': 'central', transform: `rotate(-90 ${cx} ${cy})`, fill: '#111' }, target);
    label.textContent = z.zone.replaceAll('_', ' ') + (z.noGo ? ' (no-go)' : '') + (s ? ` ${s.seconds.toFixed(0)} s` : '');
  });
}
