package dev.ashiatsu.core.band;

import dev.ashiatsu.core.estimate.Zone;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sums the time in band per zone, frame by frame, in the same pass as the session's other statistics
 * (the recorder's statistics of a recorded session and the live session both feed it). Each frame
 * brings the time it accounts for, so the caller's rule of time (a frame counts until the next, or since
 * the previous, at most 250 ms) stays the caller's. Allocation-free per frame.
 */
public final class InBandAccumulator {

    private static final Zone[] ZONES = Zone.values();

    private final double[] bandedMs = new double[ZONES.length];
    private final double[] inMs = new double[ZONES.length];
    private final double[] underMs = new double[ZONES.length];
    private final double[] overMs = new double[ZONES.length];

    /**
     * @param stepMs         the time this frame accounts for, ms
     * @param appliedKg      A (kg)
     * @param practitionerKg P in use (kg; NaN or 0 while unknown: the frame does not count)
     * @param zone           the zone under the load, null while A &lt; 5 kg (the frame does not count)
     * @param bands          the band set in force at this frame
     * @return where the load stood against the zone's band, null where no band applied
     */
    public BandStatus add(double stepMs, double appliedKg, double practitionerKg, Zone zone, BandSet bands) {
        BandStatus status = BandStatus.of(appliedKg, practitionerKg, bands.of(zone));
        if (status == null || !(stepMs > 0)) {
            return status;
        }
        int z = zone.ordinal();
        bandedMs[z] += stepMs;
        switch (status) {
            case IN -> inMs[z] += stepMs;
            case UNDER -> underMs[z] += stepMs;
            case OVER -> overMs[z] += stepMs;
        }
        return status;
    }

    /** The overall share in band so far, % rounded to 0.1 (as {@link #snapshot()} gives it), or null; no snapshot made. */
    public Double inBandPercent() {
        double banded = 0;
        double in = 0;
        for (int z = 0; z < ZONES.length; z++) {
            banded += bandedMs[z];
            in += inMs[z];
        }
        return banded > 0 ? Math.round(1000 * in / banded) / 10.0 : null;
    }

    public InBandTime snapshot() {
        Map<Zone, ZoneInBand> zones = new EnumMap<>(Zone.class);
        double banded = 0;
        double in = 0;
        double under = 0;
        double over = 0;
        for (Zone zone : ZONES) {
            int z = zone.ordinal();
            if (bandedMs[z] > 0) {
                zones.put(zone, ZoneInBand.of(bandedMs[z], inMs[z], underMs[z], overMs[z]));
                banded += bandedMs[z];
                in += inMs[z];
                under += underMs[z];
                over += overMs[z];
            }
        }
        return new InBandTime(ZoneInBand.of(banded, in, under, over), zones);
    }
}
