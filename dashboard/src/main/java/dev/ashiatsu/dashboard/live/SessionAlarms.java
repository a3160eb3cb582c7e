package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Where every alarm change of the live session goes: the listed alarms ({@link AlarmBoard}), the journal
 * (while a session is recorded), the session log and the browsers. Every monitor of the session reports
 * here, so a replaced monitor's ends reach the journal like any others. On the acquisition thread only.
 */
final class SessionAlarms implements AlarmListener {

    /** Adds a line to the session log. */
    interface EventLog {
        void add(String kind, String text);
    }

    private final AlarmBoard board;
    private final RecorderGuard recorder;
    private final LiveListener listener;
    private final EventLog log;
    private final BooleanSupplier recording;

    /** @param recording whether a session is being recorded now */
    SessionAlarms(AlarmBoard board, RecorderGuard recorder, LiveListener listener, EventLog log,
                  BooleanSupplier recording) {
        this.board = board;
        this.recorder = recorder;
        this.listener = listener;
        this.log = log;
        this.recording = recording;
    }

    @Override
    public void raised(AlarmEvent alarm) {
        board.raised(alarm);
        changed(alarm, "raised");
    }

    @Override
    public void cleared(AlarmEvent alarm) {
        board.cleared(alarm);
        changed(alarm, "ended");
    }

    /** Acknowledges a listed alarm (a note in the journal at {@code tMs}); false when none is listed. */
    boolean acknowledge(long alarmId, double tMs) {
        var listed = board.list().stream().filter(a -> a.alarm().id() == alarmId).findFirst();
        if (listed.isEmpty() || !board.acknowledge(alarmId)) {
            return false;
        }
        String text = "alarm " + alarmId + " (" + listed.get().alarm().type() + ") acknowledged";
        log.add("alarm", text);
        if (recording.getAsBoolean()) {
            recorder.note(tMs, text);
        }
        return true;
    }

    /**
     * A session has just begun recording: the ended alarms of before leave the list (they belong to the
     * session they were raised in); those still active go on, and their start is written to the new journal.
     */
    void sessionStarted(List<AlarmEvent> stillActive) {
        board.dropEnded();
        stillActive.forEach(recorder::alarm);
    }

    /**
     * The session is about to stop: each alarm still active gets its end in the journal at {@code tMs}
     * (no earlier than its start: a signal loss starts 250 ms after the last frame). They stay listed.
     */
    void sessionStopping(List<AlarmEvent> stillActive, double tMs) {
        for (AlarmEvent active : stillActive) {
            recorder.alarm(active.ended(Math.max(tMs, active.startMs()), active.peakKg()));
        }
    }

    private void changed(AlarmEvent alarm, String how) {
        if (recording.getAsBoolean()) {
            recorder.alarm(alarm);
        }
        listener.alarmChanged(alarm);
        log.add("alarm", alarm.type() + " " + how + (alarm.zone() != null ? " in " + alarm.zone() : "")
                + (alarm.channel() != null ? " on " + alarm.channel() : "")
                + (alarm.detail() != null ? " (" + alarm.detail() + ")" : ""));
    }
}
