package dev.ashiatsu.core.report;

import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.stats.SessionDose;
import dev.ashiatsu.core.stats.ZoneDose;
import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.core.stroke.StrokeStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a stroke, of a zone's dose and of stroke statistics, as plain maps (docs/strokes.md, "In
 * analyze's report"): one writer for {@code analyze}'s report and the review routes, so both speak the same
 * fields, units and rounding. Kg are rounded to 0.01, fractions to 0.0001, seconds to 0.001, ms to 0.1; a
 * figure that cannot be computed (NaN, infinite) is null. Pure.
 */
public final class StrokeDoseJson {

    private StrokeDoseJson() {
    }

    public static List<Object> strokes(List<Stroke> strokes) {
        List<Object> list = new ArrayList<>(strokes.size());
        for (Stroke stroke : strokes) {
            list.add(stroke(stroke));
        }
        return list;
    }

    /** {startMs, endMs, zones, peakKg, peakFraction, impulseKgS, timeToPeakMs, loadingRateKgPerS, extraPeaks}. */
    public static Map<String, Object> stroke(Stroke stroke) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("startMs", round(stroke.startMs(), 1));
        s.put("endMs", round(stroke.endMs(), 1));
        s.put("zones", stroke.zones().stream().map(Zone::name).toList());
        s.put("peakKg", round(stroke.peakKg(), 2));
        s.put("peakFraction", round(stroke.peakFraction(), 4));
        s.put("impulseKgS", round(stroke.impulseKgS(), 2));
        s.put("timeToPeakMs", round(stroke.timeToPeakMs(), 1));
        s.put("loadingRateKgPerS", round(stroke.loadingRateKgPerS(), 2));
        s.put("extraPeaks", stroke.extraPeaks());
        return s;
    }

    /** {session: dose, zones: {ZONE: dose}} in body order. */
    public static Map<String, Object> zoneDose(SessionDose dose) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("session", dose(dose.session()));
        Map<String, Object> zones = new LinkedHashMap<>();
        for (Map.Entry<Zone, ZoneDose> entry : dose.zones().entrySet()) {
            zones.put(entry.getKey().name(), dose(entry.getValue()));
        }
        json.put("zones", zones);
        return json;
    }

    /** {loadedS, impulseKgS, approachingS, overLimitS, peakKg}. */
    public static Map<String, Object> dose(ZoneDose dose) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("loadedS", round(dose.loadedS(), 3));
        d.put("impulseKgS", round(dose.impulseKgS(), 2));
        d.put("approachingS", round(dose.approachingS(), 3));
        d.put("overLimitS", round(dose.overLimitS(), 3));
        d.put("peakKg", round(dose.peakKg(), 2));
        return d;
    }

    /** {count, meanPeakKg, meanImpulseKgS, meanTimeToPeakMs, meanLoadingRateKgPerS, meanExtraPeaks}. */
    public static Map<String, Object> statistics(StrokeStatistics stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", stats.count());
        m.put("meanPeakKg", round(stats.meanPeakKg(), 2));
        m.put("meanImpulseKgS", round(stats.meanImpulseKgS(), 2));
        m.put("meanTimeToPeakMs", round(stats.meanTimeToPeakMs(), 1));
        m.put("meanLoadingRateKgPerS", round(stats.meanLoadingRateKgPerS(), 2));
        m.put("meanExtraPeaks", round(stats.meanExtraPeaks(), 2));
        return m;
    }

    /** Rounds for a readable report; NaN, infinities and null become null. */
    public static Double round(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
