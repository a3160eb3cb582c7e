package dev.ashiatsu.core.alarm;

/** NO_GO_ZONE: raised when A &gt;= 5 kg lies in a zone of factor 0; cleared after 200 ms out of it. */
public final class NoGoZoneRule implements LoadRule {

    private final HoldTimer out = new HoldTimer();
    private AlarmBoard.Active alarm;

    @Override
    public void evaluate(LoadReading r, AlarmBoard board) {
        boolean inNoGo = r.zone() != null && r.zoneFactor() == 0;
        if (alarm == null) {
            if (inNoGo) {
                alarm = board.raise(AlarmType.NO_GO_ZONE, r.tMs(), r.appliedKg(), r.limitKg(), r.zone(), null, null);
                out.reset();
            }
        } else if (out.held(!inNoGo, r.tMs(), 200)) {
            alarm = board.clear(alarm, r.tMs());
        }
    }
}
