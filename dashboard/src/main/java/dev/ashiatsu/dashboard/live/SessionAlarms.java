package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Where every alarm change of the live session goes: the listed alarms ({@link AlarmBoard}), the journal
 * (while a session is recorded), the session log and the browsers. Every monitor of the session reports
 * here, so a replaced monitor's ends reach the journal like any others. On the acquisition thread only.
 *
 * <p>An acknowledgement takes one path whoever gives it: the page ({@link #acknowledgeByHand}) or the
 * button at the table ({@link #press}) acknowledge through the monitor while the alarm is active (a
 * CLIENT_STOP ends there), and here directly once it has ended; either way {@link #acknowledged} lists it,
 * writes a note to the journal, a line to the log, and tells the browsers.
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
    /** Who is acknowledging now: "page" or "button". */
    private String by = "page";

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

    /**
     * The page acknowledges a listed alarm at {@code tMs}: through the monitor while it is active, else
     * (ended, or raised by a replaced monitor) here. False when no such alarm is listed.
     */
    boolean acknowledgeByHand(Monitor monitor, long alarmId, double tMs) {
        by = "page";
        if (monitor.acknowledge(alarmId, tMs)) {
            return true;
        }
        var listed = board.list().stream().filter(a -> a.alarm().id() == alarmId).findFirst();
        if (listed.isEmpty()) {
            return false;
        }
        acknowledged(listed.get().alarm(), tMs);
        return true;
    }

    /**
     * A button pressed at the table, acted on by the monitor: a CLIENT_STOP is raised (and comes back through
     * {@link #raised}), an ACKNOWLEDGE acknowledges the most urgent active alarm (back through
     * {@link #acknowledged}). An acknowledge with nothing left to acknowledge is logged and noted all the same.
     */
    void press(Monitor monitor, InputEvent press) {
        by = "button";
        try {
            AlarmEvent alarm = monitor.input(press);
            if (press.input() == Input.ACKNOWLEDGE && alarm == null) {
                String text = "acknowledge pressed at the table: no active alarm to acknowledge";
                log.add("alarm", text);
                if (recording.getAsBoolean()) {
                    recorder.note(press.tMs(), text);
                }
            }
        } finally {
            by = "page";
        }
    }

    /** An alarm acknowledged (by the monitor while active, or listed and ended): listed, noted, told. */
    @Override
    public void acknowledged(AlarmEvent alarm, double tMs) {
        if (!board.acknowledge(alarm.id())) {
            return;
        }
        String text = "alarm " + alarm.id() + " (" + alarm.type() + ") acknowledged"
                + ("button".equals(by) ? " at the table" : "");
        log.add("alarm", text);
        if (recording.getAsBoolean()) {
            recorder.note(tMs, text);
        }
        listener.alarmAcknowledged(alarm, tMs, by);
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
