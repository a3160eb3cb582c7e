package dev.ashiatsu.core.stats;

import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sums a session up frame by frame. Each frame accounts for the time since the previous one (capped at
 * 250 ms, so a signal loss is not counted as time under load). Allocation-free per frame.
 */
public final class StatisticsAccumulator {

    public static final double MAX_STEP_MS = 250;

    private static final Zone[] ZONES = Zone.values();

    private long frames;
    private double firstMs = Double.NaN;
    private double lastMs = Double.NaN;
    private double peakAppliedKg;
    private double peakFraction = Double.NaN;
    private double msOverLimit;
    private final double[] zoneMs = new double[ZONES.length];
    private final double[] zonePeakKg = new double[ZONES.length];
    private final double[] zoneKgMs = new double[ZONES.length];
    private final double[] zoneApproachingMs = new double[ZONES.length];
    private final double[] zoneOverLimitMs = new double[ZONES.length];

    /**
     * @param fraction A / P, NaN while P is unknown
     * @param zone     the zone under the load, null while A &lt; 5 kg
     */
    public void add(double tMs, double appliedKg, double fraction, double limitKg, Zone zone) {
        double stepMs = frames == 0 ? 0 : Math.min(tMs - lastMs, MAX_STEP_MS);
        if (frames == 0) {
            firstMs = tMs;
        }
        frames++;
        lastMs = tMs;
        peakAppliedKg = Math.max(peakAppliedKg, appliedKg);
        if (!Double.isNaN(fraction)) {
            peakFraction = Double.isNaN(peakFraction) ? fraction : Math.max(peakFraction, fraction);
        }
        if (appliedKg > limitKg) {
            msOverLimit += stepMs;
        }
        if (zone != null) {
            int z = zone.ordinal();
            zoneMs[z] += stepMs;
            zoneKgMs[z] += appliedKg * stepMs;
            zonePeakKg[z] = Math.max(zonePeakKg[z], appliedKg);
            if (appliedKg >= LoadStatus.approachKg(limitKg)) {
                zoneApproachingMs[z] += stepMs;
            }
            if (appliedKg > limitKg) {
                zoneOverLimitMs[z] += stepMs;
            }
        }
    }

    public SessionStatistics snapshot() {
        Map<Zone, ZoneStatistics> zones = new EnumMap<>(Zone.class);
        for (Zone zone : ZONES) {
            int z = zone.ordinal();
            if (zoneMs[z] > 0 || zonePeakKg[z] > 0) {
                double mean = zoneMs[z] > 0 ? zoneKgMs[z] / zoneMs[z] : zonePeakKg[z];
                zones.put(zone, new ZoneStatistics(zoneMs[z] / 1000, zonePeakKg[z], mean));
            }
        }
        double duration = frames == 0 ? 0 : (lastMs - firstMs) / 1000;
        return new SessionStatistics(frames, duration, peakAppliedKg, Double.isNaN(peakFraction) ? 0 : peakFraction,
                msOverLimit / 1000, zones);
    }

    /** The dose per zone where the load has been (the same zones as {@link #snapshot()}) and for the session. */
    public SessionDose dose() {
        Map<Zone, ZoneDose> zones = new EnumMap<>(Zone.class);
        double loadedMs = 0;
        double kgMs = 0;
        double approachingMs = 0;
        double overLimitMs = 0;
        double peakKg = 0;
        for (Zone zone : ZONES) {
            int z = zone.ordinal();
            if (zoneMs[z] > 0 || zonePeakKg[z] > 0) {
                zones.put(zone, new ZoneDose(zoneMs[z] / 1000, zoneKgMs[z] / 1000, zoneApproachingMs[z] / 1000,
                        zoneOverLimitMs[z] / 1000, zonePeakKg[z]));
                loadedMs += zoneMs[z];
                kgMs += zoneKgMs[z];
                approachingMs += zoneApproachingMs[z];
                overLimitMs += zoneOverLimitMs[z];
                peakKg = Math.max(peakKg, zonePeakKg[z]);
            }
        }
        return new SessionDose(new ZoneDose(loadedMs / 1000, kgMs / 1000, approachingMs / 1000, overLimitMs / 1000, peakKg),
                zones);
    }
}
