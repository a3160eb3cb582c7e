package dev.ashiatsu.core.stats;

import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sums a session up frame by frame. Each frame accounts for the time since the previous one (capped at
 * 250 ms, so a signal loss is not counted as time under load). Allocation-free per frame.
 */
public final class StatisticsAccumulator {

    static final double MAX_STEP_MS = 250;

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
}
