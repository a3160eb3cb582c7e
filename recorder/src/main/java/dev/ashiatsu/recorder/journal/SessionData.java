package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import java.util.List;

/**
 * A whole recorded session in memory, column by column (frame {@code i} of every column belongs
 * together). Immutable once loaded; the arrays are shared, not copied: do not modify them.
 *
 * @param values       per channel, per frame: raw counts (or kg when {@code inKg}), NaN where missing
 * @param xCm          NaN where there was no centre of pressure
 * @param phase        {@link Phase} ordinal, -1 where the monitor gave no estimate
 * @param zone         {@link Zone} ordinal, -1 where there was no zone
 * @param alarms       every alarm in its last recorded state, in order of start
 * @param endMs        when the session ended (frame clock), null if it did not end cleanly
 * @param framesLost   frames the recorder could not write (queue overflow, failed disk)
 * @param journalBytes the journal's valid length when loaded
 * @param damage       the damaged stretches of the journal that were skipped, in file order (empty when whole)
 * @param bands        the target bands set during the session, in the order they were set (empty when none:
 *                     also every session recorded before bands existed)
 */
public record SessionData(String id, SessionInfo info, int frames, double[] tMs, double[][] values, boolean inKg,
                          double[] appliedKg, double[] limitKg, double[] tableKg, double[] barKg,
                          double[] practitionerKg, double[] xCm, byte[] phase, byte[] zone,
                          List<AlarmEvent> alarms, List<Note> notes, Double endMs, long framesLost,
                          long journalBytes, List<Damage> damage, List<BandSet> bands) {

    public SessionData {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** A session without target bands. */
    public SessionData(String id, SessionInfo info, int frames, double[] tMs, double[][] values, boolean inKg,
                       double[] appliedKg, double[] limitKg, double[] tableKg, double[] barKg,
                       double[] practitionerKg, double[] xCm, byte[] phase, byte[] zone,
                       List<AlarmEvent> alarms, List<Note> notes, Double endMs, long framesLost,
                       long journalBytes, List<Damage> damage) {
        this(id, info, frames, tMs, values, inKg, appliedKg, limitKg, tableKg, barKg, practitionerKg, xCm, phase, zone,
                alarms, notes, endMs, framesLost, journalBytes, damage, List.of());
    }

    /** A session read from somewhere that has no damage to report (InfluxDB). */
    public SessionData(String id, SessionInfo info, int frames, double[] tMs, double[][] values, boolean inKg,
                       double[] appliedKg, double[] limitKg, double[] tableKg, double[] barKg,
                       double[] practitionerKg, double[] xCm, byte[] phase, byte[] zone,
                       List<AlarmEvent> alarms, List<Note> notes, Double endMs, long framesLost, long journalBytes) {
        this(id, info, frames, tMs, values, inKg, appliedKg, limitKg, tableKg, barKg, practitionerKg, xCm, phase, zone,
                alarms, notes, endMs, framesLost, journalBytes, List.of(), List.of());
    }

    /** Bytes of the journal lost to damage. */
    public long damagedBytes() {
        return damage.stream().mapToLong(Damage::bytes).sum();
    }

    /** Time between the intact frames around the damaged stretches, s. */
    public double damagedSpanS() {
        return damage.stream().mapToDouble(Damage::spanMs).sum() / 1000;
    }

    /** The columns the chart is drawn from (shared, not copied). */
    public ChartColumns chart() {
        return new ChartColumns(tMs, appliedKg, limitKg, frames);
    }

    public double durationS() {
        return frames < 2 ? 0 : (tMs[frames - 1] - tMs[0]) / 1000;
    }

    /** The index of the first frame at or after {@code t} (ms), {@code frames} if none. */
    public int indexAt(double t) {
        return ChartColumns.firstAtOrAfter(tMs, frames, t);
    }

    public Phase phaseAt(int i) {
        return phase[i] < 0 ? null : Phase.values()[phase[i]];
    }

    public Zone zoneAt(int i) {
        return zone[i] < 0 ? null : Zone.values()[zone[i]];
    }
}
