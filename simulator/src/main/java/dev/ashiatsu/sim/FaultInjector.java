package dev.ashiatsu.sim;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.sim.scenario.Fault;
import dev.ashiatsu.sim.scenario.FaultType;
import dev.ashiatsu.sim.sensor.CellSensor;
import java.util.List;

/**
 * Applies a scenario's channel and wire faults to one sample at a time, to the noise-free loads and the
 * noisy counts alike (spike, stale, saturate, stuck; cable and corrupt decide whether the frame arrives).
 * Grip slips and stool leans are physical and live in the timeline; a reset is the device's silence,
 * asked through {@link #deviceSilentAt}. Stateful (a spike fires once, a stuck value is held): one
 * instance per run, fed in time order.
 */
final class FaultInjector {

    /** How one sample travels on the wire. */
    record Wire(boolean delivered, boolean corrupted) {
    }

    private static final Wire CLEAN = new Wire(true, false);

    private final List<Fault> faults;
    private final int[] channels;
    private final CellSensor[] sensors;
    private final boolean[] spikeDone;
    private final int[] corruptLeft;
    private final long[] stuckCounts;
    private final double[] stuckKg;
    private final boolean[] stuckHeld;

    FaultInjector(List<Fault> faults, TableConfig table, CellSensor[] sensors) {
        this.faults = faults;
        this.sensors = sensors;
        int n = faults.size();
        channels = new int[n];
        spikeDone = new boolean[n];
        corruptLeft = new int[n];
        stuckCounts = new long[n];
        stuckKg = new double[n];
        stuckHeld = new boolean[n];
        for (int f = 0; f < n; f++) {
            Fault fault = faults.get(f);
            channels[f] = fault.channel() == null ? -1 : table.indexOf(fault.channel());
            corruptLeft[f] = fault.count();
        }
    }

    /** True while a reset keeps the device silent at time t (s). */
    boolean deviceSilentAt(double tS) {
        for (Fault fault : faults) {
            if (fault.type() == FaultType.RESET && fault.activeAt(tS)) {
                return true;
            }
        }
        return false;
    }

    /** Changes {@code trueKg} and {@code counts} of the sample at time t in place and says whether it arrives. */
    Wire apply(double tS, double[] trueKg, long[] counts) {
        Wire wire = CLEAN;
        for (int f = 0; f < faults.size(); f++) {
            Fault fault = faults.get(f);
            int channel = channels[f];
            switch (fault.type()) {
                case SPIKE -> {
                    if (!spikeDone[f] && tS >= fault.tS()) {
                        spikeDone[f] = true;
                        trueKg[channel] += fault.kg();
                        if (counts[channel] != LineEncoder.MISSING) {
                            CellSensor sensor = sensors[channel];
                            counts[channel] = sensor.toCounts(sensor.cell().toKg(counts[channel]) + fault.kg());
                        }
                    }
                }
                case STALE -> {
                    if (fault.activeAt(tS)) {
                        trueKg[channel] = Double.NaN;
                        counts[channel] = LineEncoder.MISSING;
                    }
                }
                case SATURATE -> {
                    if (fault.activeAt(tS)) {
                        counts[channel] = sensors[channel].saturatedCounts();
                        trueKg[channel] = sensors[channel].cell().toKg(counts[channel]);
                    }
                }
                case STUCK -> {
                    if (fault.activeAt(tS)) {
                        if (!stuckHeld[f]) {
                            stuckHeld[f] = true;
                            stuckCounts[f] = counts[channel];
                            stuckKg[f] = trueKg[channel];
                        }
                        counts[channel] = stuckCounts[f];
                        trueKg[channel] = stuckKg[f];
                    }
                }
                case CABLE -> {
                    if (fault.activeAt(tS)) {
                        wire = new Wire(false, wire.corrupted());
                    }
                }
                case CORRUPT -> {
                    if (tS >= fault.tS() && corruptLeft[f] > 0) {
                        corruptLeft[f]--;
                        wire = new Wire(false, true);
                    }
                }
                case SLIP, STOOL, RESET -> {
                }
            }
        }
        return wire;
    }
}
