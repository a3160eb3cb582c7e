package dev.ashiatsu.core.alarm;

import dev.ashiatsu.core.LoadStatus;

/**
 * APPROACHING_LIMIT: raised when A &gt;= {@link LoadStatus#approachKg} (0.9 L) and no HIGH load alarm is active; cleared after
 * A &lt; 0.85 L for 200 ms, or at once when a HIGH load alarm is raised. Evaluate after the HIGH rules.
 */
public final class ApproachingLimitRule implements LoadRule {

    private final HoldTimer below = new HoldTimer();
    private AlarmBoard.Active alarm;

    @Override
    public void evaluate(LoadReading r, AlarmBoard board) {
        boolean highActive = board.isActive(AlarmType.OVER_LIMIT) || board.isActive(AlarmType.NO_GO_ZONE);
        double a = r.appliedKg();
        double limit = r.limitKg();
        if (alarm == null) {
            if (!highActive && a >= LoadStatus.approachKg(limit)) {
                alarm = board.raise(AlarmType.APPROACHING_LIMIT, r.tMs(), a, limit, r.zone(), null, null);
                below.reset();
            }
        } else if (highActive || below.held(a < 0.85 * limit, r.tMs(), 200)) {
            alarm = board.clear(alarm, r.tMs());
        }
    }
}
