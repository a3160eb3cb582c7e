package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.SlidingExtremes;

/**
 * RAPID_LOAD: raised when A rises by 20 kg or more within 100 ms (a grip lost, a slip); cleared 1 s
 * after the rise ends, the rise lasting while A stands 20 kg above its 100 ms minimum. While the table
 * is EMPTY there is no applied load to rise (A is 0 there, so a client getting up would otherwise look
 * like A jumping from -C to 0): the window starts afresh. Likewise across a gap in the signal: the load
 * before the gap and after it were not measured 100 ms apart, however close their frame times look
 * through the filter, so the window starts afresh once every filtered value is from after the gap.
 */
public final class RapidLoadRule implements LoadRule {

    static final double RISE_KG = 20;
    static final double WINDOW_MS = 100;
    static final double CLEAR_AFTER_MS = 1000;

    private final SlidingExtremes recent = new SlidingExtremes(WINDOW_MS, false);
    private double lastRiseMs = Double.NaN;
    private AlarmBoard.Active alarm;

    @Override
    public void evaluate(LoadReading r, AlarmBoard board) {
        double a = r.appliedKg();
        boolean rising = false;
        if (r.phase() == Phase.EMPTY || r.spansGap()) {
            recent.clear();
        } else {
            recent.add(r.tMs(), a);
            rising = a - recent.min() >= RISE_KG;
        }
        if (rising) {
            lastRiseMs = r.tMs();
            if (alarm == null) {
                alarm = board.raise(AlarmType.RAPID_LOAD, r.tMs(), a, r.limitKg(), r.zone(), null, null);
            }
        } else if (alarm != null && r.tMs() - lastRiseMs >= CLEAR_AFTER_MS) {
            alarm = board.clear(alarm, r.tMs());
        }
    }
}
