package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.journal.Damage;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStats;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the review routes, built as plain maps (non-finite numbers become null). Pure. */
final class ReviewJson {

    private ReviewJson() {
    }

    static Map<String, Object> alarm(AlarmEvent a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("type", a.type().name());
        m.put("priority", a.priority().name());
        m.put("startMs", a.startMs());
        m.put("endMs", a.endMs());
        m.put("peakKg", ReplayUpdates.finite(a.peakKg()));
        m.put("limitKg", ReplayUpdates.finite(a.limitKg()));
        m.put("zone", a.zone() == null ? null : a.zone().name());
        m.put("channel", a.channel());
        m.put("detail", a.detail());
        m.put("active", a.active());
        return m;
    }

    static Map<String, Object> note(Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tMs", n.tMs());
        m.put("text", n.text());
        m.put("createdAt", n.createdAtEpochMs());
        return m;
    }

    static Map<String, Object> damage(Damage d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offset", d.offset());
        m.put("bytes", d.bytes());
        m.put("fromMs", d.fromMs());
        m.put("toMs", d.toMs());
        return m;
    }

    /** The whole page's data except the chart series. */
    static Map<String, Object> detail(SessionData s, SessionSummary summary) {
        SessionStats stats = SessionStats.of(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary);
        m.put("firstMs", s.frames() > 0 ? s.tMs()[0] : 0);
        m.put("lastMs", s.frames() > 0 ? s.tMs()[s.frames() - 1] : 0);
        m.put("endMs", s.endMs());
        m.put("table", s.info().table());
        m.put("client", s.info().client());
        m.put("practitioner", s.info().practitioner());
        m.put("source", s.info().source());
        m.put("statistics", statistics(stats, s));
        m.put("zones", zones(s));
        m.put("alarms", s.alarms().stream().map(ReviewJson::alarm).toList());
        m.put("notes", s.notes().stream().map(ReviewJson::note).toList());
        m.put("damage", s.damage().stream().map(ReviewJson::damage).toList());
        return m;
    }

    static Map<String, Object> statistics(SessionStats stats, SessionData s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", s.frames());
        m.put("durationS", s.durationS());
        m.put("peakAppliedKg", stats.peakAppliedKg());
        m.put("peakFraction", ReplayUpdates.finite(stats.peakFraction()));
        m.put("secondsOverLimit", stats.secondsOverLimit());
        m.put("alarmCount", s.alarms().size());
        m.put("framesLost", s.framesLost());
        Map<String, Object> zones = new LinkedHashMap<>();
        stats.zones().forEach((zone, z) -> zones.put(zone.name(),
                Map.of("seconds", z.seconds(), "peakKg", z.peakKg(), "meanKg", z.meanKg())));
        m.put("zones", zones);
        return m;
    }

    /** The body zones with this client's factors (for the body map), head first. */
    static List<Map<String, Object>> zones(SessionData s) {
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            if (zone == Zone.OFF_BODY) {
                continue;
            }
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("zone", zone.name());
            z.put("fromH", zone.fromH());
            z.put("toH", zone.toH());
            z.put("factor", s.info().client().factorOf(zone));
            z.put("noGo", s.info().client().factorOf(zone) == 0);
            zones.add(z);
        }
        return zones;
    }
}
