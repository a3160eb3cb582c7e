package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.band.BandSchedule;
import dev.ashiatsu.core.band.InBandAccumulator;
import dev.ashiatsu.core.band.InBandTime;
import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;

/**
 * Statistics of a recorded session, from its stored estimates (pure). Each frame counts for the time
 * until the next one, at most {@link #MAX_STEP_MS} (a gap in the signal is not time spent loading).
 *
 * @param zones  per zone where A &gt;= 5 kg was applied, in body order
 * @param inBand the loaded time in the trainer's target bands, per zone that had one and overall, with the band
 *               in force at each frame (empty, overall percent null, for a session without bands)
 */
public record SessionStats(double peakAppliedKg, double peakFraction, double secondsOverLimit,
                           Map<Zone, ZoneStats> zones, InBandTime inBand) {

    public static final double MAX_STEP_MS = 250;
    /** Below this applied load there is no zone (design.md section 2). */
    public static final double ZONE_MIN_KG = 5;

    /** Time, peak and time-weighted mean applied load in one zone (s, kg, kg). */
    public record ZoneStats(double seconds, double peakKg, double meanKg) {
    }

    public static SessionStats of(SessionData session) {
        return of(session, 0, session.frames());
    }

    /** The statistics of frames {@code [from, to)}. */
    public static SessionStats of(SessionData s, int from, int to) {
        double peak = 0;
        double peakFraction = Double.NaN;
        double overMs = 0;
        double[] zoneMs = new double[Zone.values().length];
        double[] zoneKgMs = new double[zoneMs.length];
        double[] zonePeak = new double[zoneMs.length];
        InBandAccumulator inBand = new InBandAccumulator();
        BandSchedule bands = new BandSchedule(s.bands());
        for (int i = from; i < to; i++) {
            double applied = s.appliedKg()[i];
            if (Double.isNaN(applied)) {
                continue;
            }
            peak = Math.max(peak, applied);
            double p = s.practitionerKg()[i];
            if (p > 0) {
                double fraction = applied / p;
                peakFraction = Double.isNaN(peakFraction) ? fraction : Math.max(peakFraction, fraction);
            }
            double step = i + 1 < to ? Math.min(s.tMs()[i + 1] - s.tMs()[i], MAX_STEP_MS) : 0;
            if (applied > s.limitKg()[i]) {
                overMs += step;
            }
            int zone = s.zone()[i];
            if (zone >= 0 && applied >= ZONE_MIN_KG) {
                inBand.add(step, applied, p, Zone.values()[zone], bands.at(s.tMs()[i]));
                zoneMs[zone] += step;
                zoneKgMs[zone] += applied * step;
                zonePeak[zone] = Math.max(zonePeak[zone], applied);
            }
        }
        Map<Zone, ZoneStats> zones = new EnumMap<>(Zone.class);
        for (Zone zone : Zone.values()) {
            int z = zone.ordinal();
            if (zonePeak[z] > 0) {
                zones.put(zone, new ZoneStats(zoneMs[z] / 1000, zonePeak[z], zoneMs[z] > 0 ? zoneKgMs[z] / zoneMs[z] : zonePeak[z]));
            }
        }
        return new SessionStats(peak, peakFraction, overMs / 1000, zones, inBand.snapshot());
    }
}
