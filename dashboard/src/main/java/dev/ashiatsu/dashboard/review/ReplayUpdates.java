package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSchedule;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.live.SessionEvent;
import dev.ashiatsu.dashboard.stream.AlarmView;
import dev.ashiatsu.dashboard.stream.LiveContext;
import dev.ashiatsu.dashboard.stream.LiveUpdate.CellLoad;
import dev.ashiatsu.dashboard.stream.LiveUpdate;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a recorded session as the live stream's own messages ({@link LiveContext} and
 * {@link LiveUpdate}), so replay drives the same widgets with the same fields as the live page. Each
 * recorded estimate goes back through the core's {@link Estimate} for its approach threshold and status.
 * Cell loads are computed from the recorded raw counts with the session's calibration (unfiltered). Pure.
 */
public final class ReplayUpdates {

    /** Highest replay rate, updates per second of session time. */
    public static final int MAX_RATE_HZ = 80;

    private ReplayUpdates() {
    }

    /**
     * The body of {@code GET /api/sessions/{id}/replay}.
     *
     * @param context the session's context message (the same for every stretch)
     * @param updates at most {@code rate} updates per second of session time, oldest first
     */
    public record Chunk(double from, double to, LiveContext context, List<LiveUpdate> updates) {
    }

    public static Chunk chunk(SessionData s, double from, double to, int rateHz) {
        return chunk(SessionWindow.whole(s), from, to, rateHz);
    }

    /** From a stretch of the session that holds at least the frames of {@code [from, to)}. */
    public static Chunk chunk(SessionWindow w, double from, double to, int rateHz) {
        return new Chunk(from, to, context(w.data(), w.sessionFirstMs()), of(w, from, to, rateHz));
    }

    /** At most {@code rateHz} updates per second of session time for frames with {@code from <= t < to}. */
    public static List<LiveUpdate> of(SessionData s, double from, double to, int rateHz) {
        return of(SessionWindow.whole(s), from, to, rateHz);
    }

    private static List<LiveUpdate> of(SessionWindow w, double from, double to, int rateHz) {
        SessionData s = w.data();
        if (!(to > from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        if (rateHz < 1 || rateHz > MAX_RATE_HZ) {
            throw new IllegalArgumentException("rate must be between 1 and " + MAX_RATE_HZ + ", was " + rateHz);
        }
        double stepMs = 1000.0 / rateHz;
        List<LiveUpdate> updates = new ArrayList<>();
        double next = Double.NEGATIVE_INFINITY;
        for (int i = s.indexAt(from); i < s.frames() && s.tMs()[i] < to; i++) {
            if (s.tMs()[i] + 1e-6 < next) {
                continue;
            }
            next = s.tMs()[i] + stepMs;
            updates.add(update(s, i, w.firstIndex() + i, w.sessionFirstMs()));
        }
        return updates;
    }

    /** The session's context: its table and profiles, its zones, and its notes as events. */
    public static LiveContext context(SessionData s) {
        return context(s, s.frames() > 0 ? s.tMs()[0] : 0);
    }

    /** @param firstMs the whole session's first frame time (ms) */
    private static LiveContext context(SessionData s, double firstMs) {
        long startedAt = s.info().startedAtEpochMs();
        List<SessionEvent> events = new ArrayList<>();
        for (Note note : s.notes()) {
            events.add(new SessionEvent(events.size() + 1, note.tMs(), startedAt + Math.round(note.tMs() - firstMs),
                    "note", "note: " + note.text()));
        }
        return new LiveContext(LiveContext.TYPE, "replay of " + s.info().source(), ConfigWriter.fields(s.info().table()),
                ConfigWriter.fields(s.info().client()), ConfigWriter.fields(s.info().practitioner()),
                LiveContext.ZoneView.of(s.info().client()), s.id(), startedAt, events);
    }

    static LiveUpdate update(SessionData s, int i) {
        return update(s, i, i, s.tMs()[0]);
    }

    /**
     * @param index   frame {@code i}'s index in the whole session (its update's sequence number less one)
     * @param firstMs the whole session's first frame time (ms)
     */
    private static LiveUpdate update(SessionData s, int i, int index, double firstMs) {
        double t = s.tMs()[i];
        long frameEpochUs = s.info().startedAtEpochMs() * 1000 + Math.round((t - firstMs) * 1000);
        double[] kg = cellKg(s, i);
        Zone zone = s.zoneAt(i);
        return LiveUpdate.of(index + 1, estimate(s, i, kg), cells(s.info().table(), kg), activeAt(s.alarms(), t),
                List.of(), s.id(), frameEpochUs, BandSchedule.inForce(s.bands(), t).of(zone), null);
    }

    /** The recorded estimate of frame i as the core's value (P^ is not recorded; cells are unfiltered). */
    static Estimate estimate(SessionData s, int i, double[] cellKg) {
        Phase phase = s.phaseAt(i);
        Zone zone = s.zoneAt(i);
        double applied = s.appliedKg()[i];
        double table = s.tableKg()[i];
        double p = s.practitionerKg()[i];
        double x = s.xCm()[i];
        return new Estimate(s.tMs()[i], phase, table, s.barKg()[i], baselineKg(phase, table, applied), applied, p,
                null, p > 0 ? applied / p : Double.NaN, s.limitKg()[i], zone,
                zone == null ? 1 : s.info().client().factorOf(zone), Double.isNaN(x) ? null : x, cellKg);
    }

    /**
     * C = T - A wherever a baseline was in use; the journal does not hold C itself. A is exactly 0 without a
     * baseline, so a CLIENT frame with A = 0 is taken as one without (null); LOADED always has one.
     */
    static Double baselineKg(Phase phase, double tableKg, double appliedKg) {
        boolean inUse = phase == Phase.LOADED || (phase == Phase.CLIENT && appliedKg != 0);
        return inUse && Double.isFinite(tableKg - appliedKg) ? tableKg - appliedKg : null;
    }

    private static double[] cellKg(SessionData s, int i) {
        TableConfig table = s.info().table();
        double[] kg = new double[table.channelCount()];
        for (int c = 0; c < kg.length; c++) {
            double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
            kg[c] = s.inKg() ? value : table.cells().get(c).toKg(value);
        }
        return kg;
    }

    private static List<CellLoad> cells(TableConfig table, double[] kg) {
        List<CellLoad> cells = new ArrayList<>(kg.length);
        for (int c = 0; c < kg.length; c++) {
            cells.add(CellLoad.of(table.cells().get(c), kg[c]));
        }
        return cells;
    }

    /** The alarms active at {@code t}, as they were then (not yet ended; the peak is the alarm's final one). */
    private static List<AlarmView> activeAt(List<AlarmEvent> alarms, double t) {
        List<AlarmView> active = new ArrayList<>();
        for (AlarmEvent alarm : alarms) {
            if (alarm.startMs() <= t && (alarm.endMs() == null || alarm.endMs() > t)) {
                active.add(AlarmView.activeAsThen(alarm));
            }
        }
        return active;
    }
}
