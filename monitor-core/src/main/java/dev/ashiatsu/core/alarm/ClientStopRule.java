package dev.ashiatsu.core.alarm;

/**
 * CLIENT_STOP: the client pressed the stop button. Raised at the press (each press raises its own alarm)
 * with the applied load, its fraction of P, the zone, the limit in force and the last 5 s of applied load
 * ({@link StopPress}); it never clears by itself: it ends when acknowledged ({@link AlarmBoard#acknowledge}).
 * Feed it every frame's filtered A ({@link #frame}); allocation-free per frame.
 */
public final class ClientStopRule {

    private final LoadHistory history = new LoadHistory();

    /** After the estimator has taken a frame. */
    public void frame(LoadReading r) {
        history.add(r.tMs(), r.appliedKg());
    }

    /** A press at {@code tMs} (the press's own time), read against the estimate of the last frame. */
    public AlarmEvent press(double tMs, LoadReading r, AlarmBoard board) {
        double a = r.appliedKg();
        double p = r.practitionerKg();
        StopPress press = new StopPress(a, a / p, LoadHistory.snapshotStartMs(tMs), LoadHistory.BIN_MS,
                history.snapshot(tMs));
        return board.raise(AlarmType.CLIENT_STOP, tMs, a, r.limitKg(), r.zone(), null,
                "client pressed stop", press).snapshot();
    }
}
