package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.band.BandSchedule;
import dev.ashiatsu.core.band.InBandAccumulator;
import dev.ashiatsu.core.band.InBandTime;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.stats.SessionDose;
import dev.ashiatsu.core.stats.SessionStatistics;
import dev.ashiatsu.core.stats.StatisticsAccumulator;
import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.core.stroke.StrokeSegmenter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics of a recorded session, from its stored (filtered) estimates, in one pass through the core's
 * {@link StatisticsAccumulator} and {@link StrokeSegmenter}: the same figures, dose and strokes as the live
 * monitor and {@code analyze} compute (docs/strokes.md). Each frame counts for the time since the previous
 * one, at most 250 ms (a gap in the signal is not time spent loading). A plain value: it serialises as JSON
 * field for field and reads back equal (non-finite numbers as the strings "NaN", "Infinity").
 *
 * @param peakFraction NaN while the practitioner's weight is unknown
 * @param zones        per zone where A &gt;= 5 kg was applied, in body order
 * @param dose         the dose per zone (the same zones) and for the session
 * @param strokes      every stroke in order; one under way at the last frame ends there
 * @param inBand       the loaded time in the trainer's target bands, per zone that had one and overall, with the
 *                     band in force at each frame (empty, overall percent null, for a session without bands)
 */
public record SessionStats(double peakAppliedKg, double peakFraction, double secondsOverLimit,
                           Map<Zone, ZoneStats> zones, SessionDose dose, List<Stroke> strokes, InBandTime inBand) {

    /** Below this applied load there is no zone (design.md section 2). */
    public static final double ZONE_MIN_KG = 5;

    public SessionStats {
        Map<Zone, ZoneStats> ordered = new EnumMap<>(Zone.class);
        ordered.putAll(zones);
        zones = Collections.unmodifiableMap(ordered);
        strokes = List.copyOf(strokes);
    }

    /** Time, peak and time-weighted mean applied load in one zone (s, kg, kg). */
    public record ZoneStats(double seconds, double peakKg, double meanKg) {
    }

    public static SessionStats of(SessionData session) {
        return of(session, 0, session.frames());
    }

    /** The statistics of frames {@code [from, to)}; frames without an applied load (NaN) are skipped. */
    public static SessionStats of(SessionData s, int from, int to) {
        StatisticsAccumulator accumulator = new StatisticsAccumulator();
        StrokeSegmenter segmenter = new StrokeSegmenter();
        List<Stroke> strokes = new ArrayList<>();
        double peakFraction = Double.NaN;
        InBandAccumulator inBand = new InBandAccumulator();
        BandSchedule bands = new BandSchedule(s.bands());
        double previousMs = Double.NaN;
        for (int i = from; i < to; i++) {
            double applied = s.appliedKg()[i];
            if (Double.isNaN(applied)) {
                continue;
            }
            double p = s.practitionerKg()[i];
            double fraction = p > 0 ? applied / p : Double.NaN;
            if (!Double.isNaN(fraction)) {
                peakFraction = Double.isNaN(peakFraction) ? fraction : Math.max(peakFraction, fraction);
            }
            Zone zone = applied >= ZONE_MIN_KG ? s.zoneAt(i) : null;
            double tMs = s.tMs()[i];
            accumulator.add(tMs, applied, fraction, s.limitKg()[i], zone);
            double stepMs = Double.isNaN(previousMs) ? 0 : Math.min(tMs - previousMs, StatisticsAccumulator.MAX_STEP_MS);
            previousMs = tMs;
            if (zone != null) {
                inBand.add(stepMs, applied, p, zone, bands.at(tMs));
            }
            Stroke done = segmenter.accept(tMs, applied, p > 0 ? p : Double.NaN, zone);
            if (done != null) {
                strokes.add(done);
            }
        }
        Stroke last = segmenter.underWay();
        if (last != null) {
            strokes.add(last);
        }
        SessionStatistics statistics = accumulator.snapshot();
        Map<Zone, ZoneStats> zones = new EnumMap<>(Zone.class);
        statistics.zones().forEach((zone, z) -> zones.put(zone, new ZoneStats(z.seconds(), z.peakKg(), z.meanKg())));
        return new SessionStats(statistics.peakAppliedKg(), peakFraction, statistics.secondsOverLimit(), zones,
                accumulator.dose(), strokes, inBand.snapshot());
    }
}
