// The printed body map (report.html, compare.html): the table from above, head to the left; each body
// zone's band shaded by the time the load spent there and coloured by the worst status the server found
// there (statistics.zones[zone].worstStatus), or coloured by a dose figure (statistics.zones[zone].dose), no-go
// zones outlined in red. Light colours, for paper. The dose colouring (BODY_MAP_DOSE, bodyMapDose, bodyMapHeat)
// is shared with the session page's own map (session.js).
'use strict';

const BODY_MAP_STATUS_RGB = { NORMAL: '46,158,91', APPROACHING: '224,161,0', OVER: '224,36,36', NO_GO: '224,36,36' };

function bodyMapElement(tag, attrs, parent) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  parent.appendChild(e);
  return e;
}

/** The dose figures a body map can be coloured by: fields of statistics.zones[zone].dose (docs/strokes.md). */
const BODY_MAP_DOSE = {
  loadedS: { label: 'time loaded', unit: 's', digits: 0 },
  impulseKgS: { label: 'impulse', unit: 'kg·s', digits: 0 },
  overLimitS: { label: 'time over the limit', unit: 's', digits: 1 },
  peakKg: { label: 'peak', unit: 'kg', digits: 1 },
};

/** Per zone name the dose figure's value (zones without a dose are left out), and the largest (at least 1e-9). */
function bodyMapDose(stats, figure) {
  const values = {};
  Object.entries(stats).forEach(([zone, z]) => { if (z.dose && z.dose[figure] != null) values[zone] = z.dose[figure]; });
  return { values, most: Math.max(1e-9, ...Object.values(values)) };
}

/** A zone's fill for a share (0 to 1) of the largest dose: from a faint yellow to a strong red. */
function bodyMapHeat(share) {
  const u = Math.max(0, Math.min(1, share));
  const r = Math.round(255 - 55 * u), g = Math.round(214 * (1 - u)), b = Math.round(10 * (1 - u));
  return `rgba(${r},${g},${b},${(u > 0 ? 0.2 + 0.7 * u : 0.05).toFixed(2)})`;
}

/** "impulse: 0 to 1234 kg·s": what a dose-coloured map's strongest red stands for. */
function bodyMapDoseLegend(stats, figure) {
  const f = BODY_MAP_DOSE[figure], { values, most } = bodyMapDose(stats, figure);
  return Object.keys(values).length === 0 ? `${f.label}: no zone was loaded`
    : `${f.label}: faint yellow 0, strong red ${most.toFixed(f.digits)} ${f.unit}`;
}

/**
 * Draws into `target` (an <svg>): `table` as the table file (lengthCm, widthCm), `client` as the profile
 * (heightCm, crownXcm), `zones` the body zones with this client's factors ({zone, fromH, toH, noGo}),
 * `stats` per zone name {seconds, worstStatus, dose} (zones without load are left blank). With `figure` (a key of
 * BODY_MAP_DOSE) the zones are coloured by that dose figure instead of time and status.
 */
function drawBodyMap(target, table, client, zones, stats, figure) {
  const margin = 4;
  target.replaceChildren();
  target.setAttribute('viewBox', `${-margin} ${-margin} ${table.lengthCm + 2 * margin} ${table.widthCm + 2 * margin}`);
  bodyMapElement('rect', { x: 0, y: 0, width: table.lengthCm, height: table.widthCm, rx: 4, fill: '#f4f5f7', stroke: '#888' }, target);
  const xAt = h => client.crownXcm + (1 - h) * client.heightCm;
  const most = Math.max(1e-9, ...Object.values(stats).map(z => z.seconds));
  const dose = figure ? bodyMapDose(stats, figure) : null;
  zones.forEach(z => {
    const x0 = xAt(z.toH), x1 = xAt(z.fromH), s = stats[z.zone];
    const fill = !s ? 'none' : dose ? bodyMapHeat((dose.values[z.zone] || 0) / dose.most)
      : `rgba(${BODY_MAP_STATUS_RGB[s.worstStatus]},${(0.12 + 0.68 * s.seconds / most).toFixed(2)})`;
    const band = bodyMapElement('rect', { x: x0, y: 2, width: x1 - x0, height: table.widthCm - 4, class: 'zone',
      fill, stroke: z.noGo ? '#c00000' : '#999', 'stroke-dasharray': z.noGo ? '3 2' : '', 'stroke-width': 0.6 }, target);
    band.dataset.zone = z.zone;
    if (dose && z.zone in dose.values) band.dataset.value = dose.values[z.zone];
    const cx = (x0 + x1) / 2, cy = table.widthCm / 2;
    const label = bodyMapElement('text', { x: cx, y: cy, 'font-size': Math.min(6, (x1 - x0) * 0.45), 'text-anchor': 'middle',
      'dominant-baseline': 'central', transform: `rotate(-90 ${cx} ${cy})`, fill: '#111' }, target);
    const figureText = dose ? (z.zone in dose.values
      ? ` ${dose.values[z.zone].toFixed(BODY_MAP_DOSE[figure].digits)} ${BODY_MAP_DOSE[figure].unit}` : '')
      : (s ? ` ${s.seconds.toFixed(0)} s` : '');
    label.textContent = z.zone.replaceAll('_', ' ') + (z.noGo ? ' (no-go)' : '') + figureText;
  });
}
