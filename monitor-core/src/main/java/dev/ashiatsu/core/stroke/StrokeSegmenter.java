package dev.ashiatsu.core.stroke;

import static dev.ashiatsu.core.stroke.StrokeThresholds.LOADED_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.MIN_PEAK_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.RELEASED_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.TROUGH_KG;
import static dev.ashiatsu.core.stroke.StrokeThresholds.swingKg;

import dev.ashiatsu.core.estimate.Zone;

/**
 * Cuts the applied load into {@link Stroke}s as the frames come, by the rules of {@link StrokeThresholds}.
 *
 * <p>Feed it every frame's estimate in time order; a frame that ends a stroke returns it (at most one per
 * frame), every other frame returns null. A stroke split at a trough is only known once the load has risen
 * far enough after it, so it is returned a little after its end. Each frame accounts for the time since the
 * previous one, capped at {@value #MAX_STEP_MS} ms as in the session statistics, so a signal gap adds no
 * impulse. Not thread-safe; allocation-free except when a stroke is returned, and a bounded amount of work per frame.
 *
 * <p>Time to peak and loading rate need the peak, known only once the stroke ends; a {@link RiseRecord} per
 * rise (the stroke's, and the one from the current trough) keeps when each level was first reached, so they are
 * read back at the end (docs/strokes.md, "Time to peak and loading rate").
 */
public final class StrokeSegmenter {

    /** The most time one frame accounts for (ms). */
    static final double MAX_STEP_MS = 250;

    private double lastMs = Double.NaN;
    /** True once A has reached {@link StrokeThresholds#LOADED_KG} since the last rest. */
    private boolean open;

    private double startMs;
    private double startKg;
    private double peakKg;
    private double peakMs;
    private double peakPractitionerKg;
    private double kgMs;
    private long peaksAtStart;
    private final ZoneTrail zones = new ZoneTrail();
    /** The rise of the stroke under way, fed until it is released (its peak is then final). */
    private RiseRecord rise = new RiseRecord();
    private final WobbleCounter wobbles = new WobbleCounter();

    /** True once A has fallen {@link StrokeThresholds#swingKg} below the peak: a trough is being looked for. */
    private boolean released;
    /** The lowest load since the release, and the highest since that lowest (for the swing test). */
    private double lowestKg;
    private double riseKg;
    /** Where the trough would cut (the last frame within TROUGH_KG of the lowest): its time, load and sums up to it. */
    private double troughMs;
    private double troughKg;
    private double kgMsAtTrough;
    private long peaksAtTrough;
    private final ZoneTrail zonesAtTrough = new ZoneTrail();
    /** The stroke that would rise from the trough: its highest load and its zones so far. */
    private double nextPeakKg;
    private double nextPeakMs;
    private double nextPeakPractitionerKg;
    private final ZoneTrail zonesSinceTrough = new ZoneTrail();
    /** Its rise from the trough; swapped with {@link #rise} at a split. */
    private RiseRecord riseSinceTrough = new RiseRecord();

    /**
     * @param appliedKg      A (kg); a NaN frame is ignored
     * @param practitionerKg P in use (kg), NaN while unknown
     * @param zone           the zone under the load, null while A &lt; 5 kg
     * @return the stroke this frame ends, or null; a frame earlier than the last one is ignored
     */
    public Stroke accept(double tMs, double appliedKg, double practitionerKg, Zone zone) {
        if (Double.isNaN(appliedKg) || tMs < lastMs) {
            return null;
        }
        boolean first = Double.isNaN(lastMs);
        double stepMs = first ? 0 : Math.min(tMs - lastMs, MAX_STEP_MS);
        lastMs = tMs;
        double a = appliedKg;
        if (first || (!open && a < RELEASED_KG)) {
            begin(tMs, a, practitionerKg, zone);
            return null;
        }
        kgMs += a * stepMs;
        zones.add(zone);
        wobbles.add(a);
        if (a < RELEASED_KG) {
            Stroke done = stroke(tMs, kgMs, zones, wobbles.peaks());
            begin(tMs, a, practitionerKg, zone);
            return done;
        }
        open |= a >= LOADED_KG;
        if (!released) {
            rise.add(tMs, a);
            if (a >= peakKg) {
                peakKg = a;
                peakMs = tMs;
                peakPractitionerKg = practitionerKg;
            } else if (peakKg - a >= swingKg(peakKg)) {
                released = true;
                lowestKg = a;
                riseKg = a;
                markTrough(tMs, a, practitionerKg, zone);
            }
            return null;
        }
        if (a < lowestKg) {
            lowestKg = a;
            riseKg = a;
        }
        riseKg = Math.max(riseKg, a);
        if (a <= lowestKg + TROUGH_KG) {
            markTrough(tMs, a, practitionerKg, zone);
        } else {
            zonesSinceTrough.add(zone);
            riseSinceTrough.add(tMs, a);
            if (a > nextPeakKg) {
                nextPeakKg = a;
                nextPeakMs = tMs;
                nextPeakPractitionerKg = practitionerKg;
            }
        }
        return riseKg - lowestKg >= swingKg(riseKg) ? splitAtTrough() : null;
    }

    /**
     * The stroke under way as if it ended at the last frame (at the end of a recording), or null if none;
     * the segmenter carries on unchanged.
     */
    public Stroke underWay() {
        return open ? stroke(lastMs, kgMs, zones, wobbles.peaks()) : null;
    }

    private void begin(double tMs, double a, double practitionerKg, Zone zone) {
        open = false;
        released = false;
        startMs = tMs;
        startKg = a;
        peakKg = a;
        peakMs = tMs;
        peakPractitionerKg = practitionerKg;
        kgMs = 0;
        zones.clear();
        zones.add(zone);
        rise.restart(tMs, a);
        wobbles.restart(a);
        peaksAtStart = wobbles.peaks();
    }

    private void markTrough(double tMs, double a, double practitionerKg, Zone zone) {
        troughMs = tMs;
        troughKg = a;
        kgMsAtTrough = kgMs;
        peaksAtTrough = wobbles.peaks();
        zonesAtTrough.copyFrom(zones);
        zonesSinceTrough.clear();
        zonesSinceTrough.add(zone);
        riseSinceTrough.restart(tMs, a);
        nextPeakKg = a;
        nextPeakMs = tMs;
        nextPeakPractitionerKg = practitionerKg;
    }

    /** Returns the stroke that ended at the trough and carries on with the one that rose from it. */
    private Stroke splitAtTrough() {
        Stroke done = stroke(troughMs, kgMsAtTrough, zonesAtTrough, peaksAtTrough);
        startMs = troughMs;
        startKg = troughKg;
        peakKg = nextPeakKg;
        peakMs = nextPeakMs;
        peakPractitionerKg = nextPeakPractitionerKg;
        kgMs -= kgMsAtTrough;
        zones.copyFrom(zonesSinceTrough);
        RiseRecord finished = rise;
        rise = riseSinceTrough;
        riseSinceTrough = finished;
        peaksAtStart = peaksAtTrough;
        released = false;
        return done;
    }

    private Stroke stroke(double endMs, double strokeKgMs, ZoneTrail trail, long peaksAtEnd) {
        if (!open || peakKg < MIN_PEAK_KG) {
            return null;
        }
        int extra = (int) Math.max(0, peaksAtEnd - peaksAtStart - 1);
        double riseKg = peakKg - startKg;
        double rise10Ms = rise.firstReachedMs(Math.min(peakKg, startKg + Stroke.RISE_FROM * riseKg));
        double rise90Ms = rise.firstReachedMs(Math.min(peakKg, startKg + Stroke.RISE_TO * riseKg));
        return new Stroke(startMs, endMs, trail.toList(), startKg, peakKg, peakMs, rise10Ms, rise90Ms,
                peakKg / peakPractitionerKg, strokeKgMs / 1000, extra);
    }
}
