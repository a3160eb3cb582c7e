package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.recorder.journal.SessionData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stretch of a recorded session as a list of messages shaped like the live stream's {@code update}
 * (the same field names), so replay drives the same widgets as the live page. Cell loads are computed
 * from the recorded raw counts with the session's calibration (unfiltered). Pure.
 */
public final class ReplayUpdates {

    /** Highest replay rate, updates per second of session time. */
    public static final int MAX_RATE_HZ = 80;

    private ReplayUpdates() {
    }

    /** At most {@code rateHz} updates per second of session time for frames with {@code from <= t < to}. */
    public static List<Map<String, Object>> of(SessionData s, double from, double to, int rateHz) {
        if (!(to > from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        if (rateHz < 1 || rateHz > MAX_RATE_HZ) {
            throw new IllegalArgumentException("rate must be between 1 and " + MAX_RATE_HZ + ", was " + rateHz);
        }
        double stepMs = 1000.0 / rateHz;
        List<Map<String, Object>> updates = new ArrayList<>();
        double next = Double.NEGATIVE_INFINITY;
        for (int i = s.indexAt(from); i < s.frames() && s.tMs()[i] < to; i++) {
            if (s.tMs()[i] + 1e-6 < next) {
                continue;
            }
            next = s.tMs()[i] + stepMs;
            updates.add(update(s, i));
        }
        return updates;
    }

    static Map<String, Object> update(SessionData s, int i) {
        double t = s.tMs()[i];
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("type", "update");
        u.put("seq", i + 1);
        u.put("tMs", t);
        u.put("phase", s.phaseAt(i) == null ? null : s.phaseAt(i).name());
        u.put("appliedKg", finite(s.appliedKg()[i]));
        double p = s.practitionerKg()[i];
        u.put("fraction", p > 0 ? finite(s.appliedKg()[i] / p) : null);
        Double limit = finite(s.limitKg()[i]);
        u.put("limitKg", limit);
        u.put("approachKg", limit == null ? null : 0.9 * limit);
        u.put("zone", s.zoneAt(i) == null ? null : s.zoneAt(i).name());
        u.put("xCm", finite(s.xCm()[i]));
        u.put("tableKg", finite(s.tableKg()[i]));
        u.put("barKg", finite(s.barKg()[i]));
        u.put("practitionerKg", finite(p));
        u.put("cells", cells(s, i));
        u.put("alarms", activeAt(s.alarms(), t));
        u.put("faults", List.of());
        u.put("sessionId", s.id());
        return u;
    }

    private static List<Map<String, Object>> cells(SessionData s, int i) {
        TableConfig table = s.info().table();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int c = 0; c < table.channelCount(); c++) {
            CellConfig cell = table.cells().get(c);
            double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("id", cell.id());
            load.put("role", cell.role().configName());
            load.put("kg", finite(s.inKg() ? value : cell.toKg(value)));
            cells.add(load);
        }
        return cells;
    }

    /** The alarms active at {@code t}, as they were then (not yet ended; the peak is the alarm's final one). */
    private static List<Map<String, Object>> activeAt(List<AlarmEvent> alarms, double t) {
        List<Map<String, Object>> active = new ArrayList<>();
        for (AlarmEvent alarm : alarms) {
            if (alarm.startMs() <= t && (alarm.endMs() == null || alarm.endMs() > t)) {
                Map<String, Object> asThen = ReviewJson.alarm(alarm);
                asThen.put("endMs", null);
                asThen.put("active", true);
                asThen.put("acknowledged", false);
                active.add(asThen);
            }
        }
        return active;
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }
}
