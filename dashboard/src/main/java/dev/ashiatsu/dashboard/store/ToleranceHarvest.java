package dev.ashiatsu.dashboard.store;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.tolerance.StopSource;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the client's stops in one recorded session: every {@code CLIENT_STOP} alarm (the zone and limit the
 * alarm recorded when raised, and the applied load of the last frame at or before the press; the alarm's
 * {@code peakKg} only when no frame gives one, since an alarm's peak grows while it stays active) and every
 * note of kind {@code discomfort} (the highest applied load on a body zone in the {@value #NOTE_WINDOW_MS} ms
 * up to the note). An alarm without a zone is placed as a note is. A stop that cannot be placed on a body zone
 * with a limit is not dropped silently: it is listed in {@link Result#skipped} with the reason. Pure.
 */
public final class ToleranceHarvest {

    /** How far back from a discomfort note the load is looked for (ms). */
    public static final double NOTE_WINDOW_MS = 5000;

    /** The stops of a session, and what could not be placed (one sentence each). */
    public record Result(List<ToleranceStop> stops, List<String> skipped) {
    }

    private ToleranceHarvest() {
    }

    public static Result of(SessionData s) {
        List<ToleranceStop> stops = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ClientProfile client = s.info().client();
        for (AlarmEvent alarm : s.alarms()) {
            if (alarm.type() != AlarmType.CLIENT_STOP) {
                continue;
            }
            ToleranceStop stop = fromAlarm(s, client, alarm);
            if (stop == null) {
                stop = fromFrames(s, client, alarm.startMs(), StopSource.CLIENT_STOP);
            }
            add(stops, skipped, stop, s, alarm.startMs(), "client stop");
        }
        for (Note note : s.notes()) {
            if (Note.DISCOMFORT.equals(note.kind())) {
                add(stops, skipped, fromFrames(s, client, note.tMs(), StopSource.DISCOMFORT_NOTE), s, note.tMs(),
                        "discomfort note \"" + note.text() + "\"");
            }
        }
        return new Result(stops, skipped);
    }

    private static void add(List<ToleranceStop> stops, List<String> skipped, ToleranceStop stop, SessionData s,
                            double tMs, String what) {
        if (stop != null) {
            stops.add(stop);
        } else {
            skipped.add("session " + s.id() + ", " + what + " at " + Math.round(tMs) + " ms: no load on a body zone"
                    + " with a limit to learn from");
        }
    }

    private static ToleranceStop fromAlarm(SessionData s, ClientProfile client, AlarmEvent alarm) {
        Zone zone = alarm.zone();
        double loadKg = loadAt(s, alarm.startMs());
        if (Double.isNaN(loadKg)) {
            loadKg = alarm.peakKg();
        }
        if (!usable(zone, loadKg, alarm.limitKg(), client)) {
            return null;
        }
        return new ToleranceStop(zone, loadKg, alarm.limitKg(), client.factorOf(zone), s.id(), alarm.startMs(),
                epochOf(s, alarm.startMs()), StopSource.CLIENT_STOP);
    }

    /** The applied load of the last frame at or before tMs (NaN when there is none, or it has no figure). */
    private static double loadAt(SessionData s, double tMs) {
        int next = s.indexAt(tMs);
        int at = next < s.frames() && s.tMs()[next] == tMs ? next : next - 1;
        return at >= 0 && at < s.frames() ? s.appliedKg()[at] : Double.NaN;
    }

    /** The frame of highest applied load on a body zone with a limit in [tMs - window, tMs], as a stop at tMs. */
    private static ToleranceStop fromFrames(SessionData s, ClientProfile client, double tMs, StopSource source) {
        int best = -1;
        for (int i = s.indexAt(tMs - NOTE_WINDOW_MS); i < s.frames() && s.tMs()[i] <= tMs; i++) {
            if (usable(s.zoneAt(i), s.appliedKg()[i], s.limitKg()[i], client)
                    && (best < 0 || s.appliedKg()[i] > s.appliedKg()[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Zone zone = s.zoneAt(best);
        return new ToleranceStop(zone, s.appliedKg()[best], s.limitKg()[best], client.factorOf(zone), s.id(), tMs,
                epochOf(s, tMs), source);
    }

    private static boolean usable(Zone zone, double loadKg, double limitKg, ClientProfile client) {
        return zone != null && zone != Zone.OFF_BODY && client.factorOf(zone) > 0 && loadKg >= 0
                && Double.isFinite(loadKg) && limitKg > 0 && Double.isFinite(limitKg);
    }

    /** Wall-clock time of a moment: the session's start plus the time since its first frame. */
    private static long epochOf(SessionData s, double tMs) {
        double firstMs = s.frames() > 0 ? s.tMs()[0] : tMs;
        return s.info().startedAtEpochMs() + Math.round(tMs - firstMs);
    }
}
