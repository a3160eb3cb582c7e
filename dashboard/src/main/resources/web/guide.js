// The audible load guide's mapping (docs/guide.md): the load heard, not read. One pure function of the
// server's own judgement (limitKg, status): this page never re-derives a rule. The table's buzzer plays the
// same rates (firmware-bridge GuidePattern.java); the page adds a pitch.
//
//   share s  = appliedKg / limitKg; 1 while the status is OVER or NO_GO; null (silent) without a limit
//   silent   when s < fromShare (the session's setting)
//   t        = clamp((s - fromShare) / (1 - fromShare), 0, 1)
//   interval = SLOWEST_MS - t * (SLOWEST_MS - FASTEST_MS)     ms between ticks, rounded
//   pitch    = LOW_HZ + t * (HIGH_HZ - LOW_HZ)                 Hz, rounded
//
// Each tick is a TICK_S sine pulse below every alarm tone: the alarms are square-wave beeps of 440 Hz and
// above lasting 100 ms or more, so a tick cannot be taken for an alarm.
'use strict';

const LoadGuide = Object.freeze((() => {
  const SLOWEST_MS = 1000, FASTEST_MS = 250, TICK_S = 0.04, LOW_HZ = 220, HIGH_HZ = 392;

  function shareOf(update) {
    if (update.status === 'OVER' || update.status === 'NO_GO') return 1;
    if (update.limitKg === null || update.limitKg === undefined || !(update.limitKg > 0)) return null;
    if (update.appliedKg === null || update.appliedKg === undefined) return null;
    return Math.max(0, update.appliedKg) / update.limitKg;
  }

  // { intervalMs, hz } for a share, or null when silent.
  function tone(share, fromShare) {
    if (share === null || !(share >= fromShare)) return null;
    const t = Math.min(1, (share - fromShare) / (1 - fromShare));
    return { intervalMs: Math.round(SLOWEST_MS - t * (SLOWEST_MS - FASTEST_MS)),
             hz: Math.round(LOW_HZ + t * (HIGH_HZ - LOW_HZ)) };
  }

  // The trainer's target band (docs/guide.md, "Target bands"): entering the band is marked by a chime of two
  // sine pulses rising a major third, above the ticks and unlike any alarm (square waves, 100 ms and longer).
  // The server says where the load stands (bandStatus); this only says when to chime: on a change into IN.
  const BAND_CHIME = Object.freeze([[523, 0], [659, 0.09]]), BAND_CHIME_S = 0.06;
  function entersBand(previousStatus, status) {
    return status === 'IN' && previousStatus !== 'IN';
  }

  return { SLOWEST_MS, FASTEST_MS, TICK_S, LOW_HZ, HIGH_HZ, BAND_CHIME, BAND_CHIME_S, shareOf, tone, entersBand };
})());
window.LoadGuide = LoadGuide;
