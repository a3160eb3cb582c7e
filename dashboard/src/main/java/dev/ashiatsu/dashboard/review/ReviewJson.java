package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.core.band.ZoneInBand;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.dashboard.stream.PressView;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.StrokeDoseJson;
import dev.ashiatsu.core.stats.ZoneDose;
import dev.ashiatsu.core.stroke.StrokeStatistics;
import dev.ashiatsu.dashboard.stream.LiveContext;
import dev.ashiatsu.recorder.journal.Damage;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionDigest;
import dev.ashiatsu.recorder.journal.SessionStats;
import dev.ashiatsu.recorder.journal.ZoneStatuses;
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
        m.put("peakKg", finite(a.peakKg()));
        m.put("limitKg", finite(a.limitKg()));
        m.put("zone", a.zone() == null ? null : a.zone().name());
        m.put("channel", a.channel());
        m.put("detail", a.detail());
        m.put("active", a.active());
        if (a.press() != null) {
            m.put("press", PressView.of(a.press()));
        }
        return m;
    }

    static Map<String, Object> note(Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tMs", n.tMs());
        m.put("text", n.text());
        m.put("createdAt", n.createdAtEpochMs());
        m.put("kind", n.kind());
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

    /**
     * The whole page's data except the chart series, from the session's digest (no frame is read): with the
     * session's {@code strokes} and, in its statistics, the dose of each zone and of the session and the
     * strokes' statistics (written as {@code analyze} writes them, by {@link StrokeDoseJson}).
     */
    static Map<String, Object> detail(SessionDigest d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", d.summary());
        m.put("firstMs", d.firstMs());
        m.put("lastMs", d.lastMs());
        m.put("endMs", d.endMs());
        m.put("table", ConfigWriter.fields(d.info().table()));
        m.put("client", ConfigWriter.fields(d.info().client()));
        m.put("practitioner", ConfigWriter.fields(d.info().practitioner()));
        m.put("source", d.info().source());
        m.put("statistics", statistics(d.stats(), d.frames(), d.durationS(), d.alarms().size(), d.framesLost(),
                d.worstZones()));
        m.put("strokes", StrokeDoseJson.strokes(d.stats().strokes()));
        m.put("zones", LiveContext.ZoneView.of(d.info().client()));
        m.put("alarms", d.alarms().stream().map(ReviewJson::alarm).toList());
        m.put("notes", d.notes().stream().map(ReviewJson::note).toList());
        m.put("reference", ReferenceMark.of(d.notes()));
        m.put("damage", d.damage().stream().map(ReviewJson::damage).toList());
        m.put("bands", d.bands());
        return m;
    }

    static Map<String, Object> statistics(SessionStats stats, SessionData s) {
        return statistics(stats, s.frames(), s.durationS(), s.alarms().size(), s.framesLost(), ZoneStatuses.worst(s));
    }

    private static Map<String, Object> statistics(SessionStats stats, int frames, double durationS, int alarmCount,
                                                  long framesLost, Map<Zone, LoadStatus> worst) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", frames);
        m.put("durationS", durationS);
        m.put("peakAppliedKg", stats.peakAppliedKg());
        m.put("peakFraction", finite(stats.peakFraction()));
        m.put("secondsOverLimit", stats.secondsOverLimit());
        m.put("alarmCount", alarmCount);
        m.put("framesLost", framesLost);
        Map<String, Object> zones = new LinkedHashMap<>();
        stats.zones().forEach((zone, z) -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("seconds", z.seconds());
            figures.put("peakKg", z.peakKg());
            figures.put("meanKg", z.meanKg());
            figures.put("worstStatus", worst.getOrDefault(zone, LoadStatus.NORMAL));
            ZoneDose dose = stats.dose().zones().get(zone);
            figures.put("dose", dose == null ? null : StrokeDoseJson.dose(dose));
            ZoneInBand band = stats.inBand().zones().get(zone);
            figures.put("inBandPercent", band == null ? null : band.inBandPercent());
            figures.put("bandedS", band == null ? null : band.bandedS());
            zones.put(zone.name(), figures);
        });
        m.put("zones", zones);
        m.put("dose", StrokeDoseJson.dose(stats.dose().session()));
        m.put("strokes", StrokeDoseJson.statistics(StrokeStatistics.of(stats.strokes())));
        m.put("inBandPercent", stats.inBand().inBandPercent());
        m.put("inBand", stats.inBand());
        return m;
    }

    /** The body zones with this client's factors (for the body map), feet first: the live context's zones. */
    static List<LiveContext.ZoneView> zones(SessionData s) {
        return LiveContext.ZoneView.of(s.info().client());
    }

    /** A number for JSON: rounded to 3 decimals; NaN or infinite as null. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }
}
