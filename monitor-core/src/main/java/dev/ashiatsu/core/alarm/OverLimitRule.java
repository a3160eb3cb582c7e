package dev.ashiatsu.core.alarm;

/** OVER_LIMIT: raised when A &gt; L (outside no-go zones); cleared after A &lt; 0.95 L for 200 ms. */
public final class OverLimitRule implements LoadRule {

    private final HoldTimer below = new HoldTimer();
    private AlarmBoard.Active alarm;

    @Override
    public void evaluate(LoadReading r, AlarmBoard board) {
        boolean noGo = r.zoneFactor() == 0;
        double a = r.appliedKg();
        double limit = r.limitKg();
        if (alarm == null) {
            if (!noGo && a > limit) {
                alarm = board.raise(AlarmType.OVER_LIMIT, r.tMs(), a, limit, r.zone(), null, null);
                below.reset();
            }
        } else if (below.held(noGo || a < 0.95 * limit, r.tMs(), 200)) {
            alarm = board.clear(alarm, r.tMs());
        }
    }
}
