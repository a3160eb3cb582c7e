package dev.ashiatsu.sim;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.sim.model.ClientBody;
import dev.ashiatsu.sim.model.TableScene;
import dev.ashiatsu.sim.scenario.Fault;
import dev.ashiatsu.sim.scenario.FaultType;
import dev.ashiatsu.sim.scenario.Moment;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Timeline;
import dev.ashiatsu.sim.sensor.CellSensor;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a scenario sample by sample: the timeline gives the physical state, the table statics each
 * channel's true load, the sensors their noisy counts, and the faults are applied on top. Every random
 * draw comes from streams split off one seed in a fixed order, so a seed always gives the same frames.
 * Pull-based and not thread-safe: call {@link #next()} until it returns null.
 */
public final class Simulation {

    /** How long a rebooting device takes from power-on to its first sample after the silent time (s). */
    private static final double BOOT_TO_FIRST_SAMPLE_S = 0.02;

    private final Scenario scenario;
    private final TableConfig table;
    private final Timeline timeline;
    private final TableScene scene;
    private final CellSensor[] sensors;
    private final SplittableRandom jitter;
    private final SplittableRandom drops;
    private final double periodS;
    private final double jitterS;
    private final List<Fault> faults;
    private final boolean[] spikeDone;
    private final int[] corruptLeft;
    private final long[][] stuckCounts;
    private final double[][] stuckKg;
    private long n;
    private int index;
    private int seq;
    private double bootS;
    private double lastTs = -1;
    private boolean resetPending;

    public Simulation(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.table = scenario.table();
        this.timeline = new Timeline(scenario);
        ClientBody body = ClientBody.of(scenario.client(), scenario.clientWeightKg(), table.widthCm());
        this.scene = new TableScene(table, body);
        SplittableRandom master = new SplittableRandom(seed);
        List<CellConfig> cells = table.cells();
        sensors = new CellSensor[cells.size()];
        for (int i = 0; i < sensors.length; i++) {
            sensors[i] = new CellSensor(cells.get(i), scenario.sensors(), table.sampleRateHz(), master.split());
        }
        jitter = master.split();
        drops = master.split();
        bootS = -(5 + 10 * master.nextDouble());
        periodS = 1 / table.sampleRateHz();
        jitterS = Math.min(scenario.sensors().jitterMs() / 1000, periodS / 8);
        faults = scenario.faults();
        spikeDone = new boolean[faults.size()];
        corruptLeft = new int[faults.size()];
        stuckCounts = new long[faults.size()][];
        stuckKg = new double[faults.size()][];
        for (int f = 0; f < faults.size(); f++) {
            corruptLeft[f] = faults.get(f).count();
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public TableScene scene() {
        return scene;
    }

    public Timeline timeline() {
        return timeline;
    }

    public double periodMs() {
        return periodS * 1000;
    }

    /** The next sample period, or null once the scenario's duration is over. */
    public SimFrame next() {
        while (true) {
            double nominalS = n * periodS;
            if (nominalS >= scenario.durationS()) {
                return null;
            }
            n++;
            if (deviceSilentAt(nominalS)) {
                resetPending = true;
                continue;
            }
            return frameAt(nominalS);
        }
    }

    private SimFrame frameAt(double nominalS) {
        double tS = nominalS + clamp(jitter.nextGaussian() * jitterS, 3 * jitterS);
        tS = Math.max(tS, lastTs + periodS / 2);
        lastTs = tS;
        boolean afterReset = resetPending;
        if (afterReset) {
            resetPending = false;
            seq = 0;
            bootS = tS - BOOT_TO_FIRST_SAMPLE_S;
        }
        Moment moment = timeline.at(tS);
        int channels = table.channelCount();
        double[] physical = new double[channels];
        scene.loads(moment.clientKg(), moment.pose(), moment.leftBarShare(), physical);
        double[] trueKg = physical.clone();
        long[] counts = new long[channels];
        for (int i = 0; i < channels; i++) {
            counts[i] = sensors[i].toCounts(sensors[i].readKg(tS, physical[i]));
            if (drops.nextDouble() < scenario.sensors().dropRate()) {
                trueKg[i] = Double.NaN;
                counts[i] = LineEncoder.MISSING;
            }
        }
        boolean delivered = true;
        boolean corrupted = false;
        for (int f = 0; f < faults.size(); f++) {
            Fault fault = faults.get(f);
            int channel = fault.channel() == null ? -1 : table.indexOf(fault.channel());
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
                        if (stuckCounts[f] == null) {
                            stuckCounts[f] = new long[] {counts[channel]};
                            stuckKg[f] = new double[] {trueKg[channel]};
                        }
                        counts[channel] = stuckCounts[f][0];
                        trueKg[channel] = stuckKg[f][0];
                    }
                }
                case CABLE -> delivered &= !fault.activeAt(tS);
                case CORRUPT -> {
                    if (tS >= fault.tS() && corruptLeft[f] > 0) {
                        corruptLeft[f]--;
                        corrupted = true;
                        delivered = false;
                    }
                }
                default -> {
                }
            }
        }
        double[] kg = new double[channels];
        for (int i = 0; i < channels; i++) {
            kg[i] = counts[i] == LineEncoder.MISSING ? Double.NaN : sensors[i].cell().toKg(counts[i]);
        }
        long micros = Math.round((tS - bootS) * 1e6);
        SimFrame frame = new SimFrame(index++, tS * 1000, seq, micros, delivered, corrupted, afterReset, moment,
                physical, trueKg, counts, kg);
        seq = (seq + 1) & 0xFFFF;
        return frame;
    }

    private boolean deviceSilentAt(double nominalS) {
        for (Fault fault : faults) {
            if (fault.type() == FaultType.RESET && fault.activeAt(nominalS)) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
