package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.StrokeDoseJson;
import dev.ashiatsu.core.stats.ZoneDose;
import dev.ashiatsu.core.stroke.StrokeStatistics;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStats;
import dev.ashiatsu.recorder.journal.SessionStats.ZoneStats;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session beside a reference (the body of {@code GET /api/sessions/{id}/compare?with=REF}): each side's
 * figures, zones and alarms, and the differences (session minus reference). The curves are aligned by the
 * start of loading: each side's {@code alignMs} is its first frame in phase LOADED (its first frame if it
 * never was), and the page plots time from there. The stroke statistics of each side are side by side
 * with their differences. Pure.
 */
final class SessionComparison {

    private SessionComparison() {
    }

    static Map<String, Object> of(SessionData session, SessionSummary sessionSummary, SessionData reference,
                                  SessionSummary referenceSummary) {
        SessionStats s = SessionStats.of(session);
        SessionStats r = SessionStats.of(reference);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", side(session, sessionSummary, s));
        m.put("reference", side(reference, referenceSummary, r));
        m.put("alignedBy", "start of loading: the first frame in phase LOADED");
        Map<String, Object> difference = new LinkedHashMap<>();
        difference.put("peakAppliedKg", s.peakAppliedKg() - r.peakAppliedKg());
        difference.put("secondsOverLimit", s.secondsOverLimit() - r.secondsOverLimit());
        difference.put("alarmCount", session.alarms().size() - reference.alarms().size());
        difference.put("durationS", session.durationS() - reference.durationS());
        m.put("difference", difference);
        m.put("zones", zones(s, r));
        m.put("strokes", strokes(StrokeStatistics.of(s.strokes()), StrokeStatistics.of(r.strokes())));
        return m;
    }

    /**
     * The stroke statistics of each side ({@link StrokeDoseJson#statistics}) and their difference (session
     * minus reference; a mean is null where either side has none).
     */
    private static Map<String, Object> strokes(StrokeStatistics session, StrokeStatistics reference) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", StrokeDoseJson.statistics(session));
        m.put("reference", StrokeDoseJson.statistics(reference));
        m.put("difference", StrokeDoseJson.statistics(new StrokeStatistics(session.count() - reference.count(),
                session.meanPeakKg() - reference.meanPeakKg(), session.meanImpulseKgS() - reference.meanImpulseKgS(),
                session.meanTimeToPeakMs() - reference.meanTimeToPeakMs(),
                session.meanLoadingRateKgPerS() - reference.meanLoadingRateKgPerS(),
                session.meanExtraPeaks() - reference.meanExtraPeaks())));
        return m;
    }

    private static Map<String, Object> side(SessionData data, SessionSummary summary, SessionStats stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary);
        m.put("firstMs", data.frames() > 0 ? data.tMs()[0] : 0);
        m.put("lastMs", data.frames() > 0 ? data.tMs()[data.frames() - 1] : 0);
        m.put("alignMs", loadingStartMs(data));
        m.put("reference", ReferenceMark.of(data.notes()));
        m.put("table", ConfigWriter.fields(data.info().table()));
        m.put("client", ConfigWriter.fields(data.info().client()));
        m.put("zones", ReviewJson.zones(data));
        m.put("statistics", ReviewJson.statistics(stats, data));
        m.put("alarms", data.alarms().stream().map(ReviewJson::alarm).toList());
        Map<String, Integer> byType = new TreeMap<>();
        for (AlarmEvent alarm : data.alarms()) {
            byType.merge(alarm.type().name(), 1, Integer::sum);
        }
        m.put("alarmsByType", byType);
        m.put("notes", data.notes().stream().filter(n -> !ReferenceMark.isReserved(n.text())).map(ReviewJson::note).toList());
        return m;
    }

    /** The first frame in phase LOADED, ms on the frame clock; the first frame if none (0 without frames). */
    static double loadingStartMs(SessionData data) {
        for (int i = 0; i < data.frames(); i++) {
            if (data.phaseAt(i) == Phase.LOADED) {
                return data.tMs()[i];
            }
        }
        return data.frames() > 0 ? data.tMs()[0] : 0;
    }

    /**
     * Per zone loaded on either side, in body order: each side's {seconds, peakKg, meanKg} (null where not
     * loaded) and the difference: seconds and the dose's times and impulse always (a zone not loaded counts
     * 0), peak and mean only where both sides loaded the zone. Each side's dose figures are in its statistics.
     */
    private static List<Map<String, Object>> zones(SessionStats sessionStats, SessionStats referenceStats) {
        Map<Zone, ZoneStats> session = sessionStats.zones();
        Map<Zone, ZoneStats> reference = referenceStats.zones();
        ZoneDose none = new ZoneDose(0, 0, 0, 0, 0);
        return java.util.Arrays.stream(Zone.values())
                .filter(zone -> session.containsKey(zone) || reference.containsKey(zone))
                .map(zone -> {
                    ZoneStats s = session.getOrDefault(zone, new ZoneStats(0, 0, 0));
                    ZoneStats r = reference.getOrDefault(zone, new ZoneStats(0, 0, 0));
                    ZoneDose sd = sessionStats.dose().zones().getOrDefault(zone, none);
                    ZoneDose rd = referenceStats.dose().zones().getOrDefault(zone, none);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("zone", zone.name());
                    m.put("session", session.containsKey(zone) ? s : null);
                    m.put("reference", reference.containsKey(zone) ? r : null);
                    boolean both = session.containsKey(zone) && reference.containsKey(zone);
                    Map<String, Object> difference = new LinkedHashMap<>();
                    difference.put("seconds", s.seconds() - r.seconds());
                    difference.put("peakKg", both ? s.peakKg() - r.peakKg() : null);
                    difference.put("meanKg", both ? s.meanKg() - r.meanKg() : null);
                    difference.put("impulseKgS", StrokeDoseJson.round(sd.impulseKgS() - rd.impulseKgS(), 2));
                    difference.put("approachingS", StrokeDoseJson.round(sd.approachingS() - rd.approachingS(), 3));
                    difference.put("overLimitS", StrokeDoseJson.round(sd.overLimitS() - rd.overLimitS(), 3));
                    m.put("difference", difference);
                    return m;
                })
                .toList();
    }
}
