package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.recorder.journal.SessionData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The button presses a recorded session implies, for an export that {@code analyze} replays: a journal keeps
 * a client stop as its {@code CLIENT_STOP} alarm and the stop's acknowledgement as that alarm's end
 * (docs/recording.md). So each {@code CLIENT_STOP} gives a press at its start, and an {@code ACKNOWLEDGE} at
 * its end when it ended before the session did (an alarm still active when the session stopped is ended by
 * the stop, not by a press). Acknowledgements of other alarms are not exported: they end nothing.
 */
final class RecordedPresses {

    private RecordedPresses() {
    }

    /** The presses in order of time (frame clock, as the journal's), a stop before its acknowledgement. */
    static List<InputEvent> of(SessionData session) {
        List<InputEvent> presses = new ArrayList<>();
        for (AlarmEvent alarm : session.alarms()) {
            if (alarm.type() != AlarmType.CLIENT_STOP) {
                continue;
            }
            presses.add(new InputEvent(alarm.startMs(), Input.CLIENT_STOP));
            Double endMs = alarm.endMs();
            if (endMs != null && (session.endMs() == null || endMs < session.endMs())) {
                presses.add(new InputEvent(endMs, Input.ACKNOWLEDGE));
            }
        }
        presses.sort(Comparator.comparingDouble(InputEvent::tMs));
        return presses;
    }
}
