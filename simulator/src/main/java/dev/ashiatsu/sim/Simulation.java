package dev.ashiatsu.sim;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.sim.model.ClientBody;
import dev.ashiatsu.sim.model.TableScene;
import dev.ashiatsu.sim.scenario.ButtonPress;
import dev.ashiatsu.sim.scenario.Moment;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Timeline;
import dev.ashiatsu.sim.sensor.CellSensor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a scenario sample by sample: the timeline gives the physical state, the table statics each
 * channel's true load, the sensors their noisy counts, and the faults are applied on top. Every random
 * draw comes from streams split off one seed in a fixed order, so a seed always gives the same frames.
 * Pull-based and not thread-safe: call {@link #next()} until it returns null.
 */
public final class Simulation {

    /**
     * The noise-free signal carries an alternating dither this size (kg, 0.2 g): no real ADC reads exactly
     * the same value twice, so without it every idle healthy channel would look stuck to the rules.
     */
    static final double TRUTH_DITHER_KG = 0.0002;

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
    private final FaultInjector faultInjector;
    private long n;
    private int index;
    private int seq;
    private double bootS;
    private double lastTs = Double.NEGATIVE_INFINITY;
    private boolean resetPending;
    private final List<Change> changes;
    private int nextChange;
    private int inputSeq;

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
        faultInjector = new FaultInjector(scenario.faults(), table, sensors);
        changes = changesOf(scenario.presses());
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
            if (faultInjector.deviceSilentAt(nominalS)) {
                resetPending = true;
                continue;
            }
            return frameAt(nominalS);
        }
    }

    private SimFrame frameAt(double nominalS) {
        double tS = nominalS + clamp(jitter.nextGaussian() * jitterS, 3 * jitterS);
        tS = Math.max(Math.max(tS, 0), lastTs + periodS / 2);
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
        double[] trueKg = new double[channels];
        long[] counts = new long[channels];
        long[] trueCounts = new long[channels];
        double dither = (index % 2 == 0 ? 1 : -1) * TRUTH_DITHER_KG;
        for (int i = 0; i < channels; i++) {
            trueKg[i] = physical[i] + dither;
            counts[i] = sensors[i].toCounts(sensors[i].readKg(tS, physical[i]));
            if (drops.nextDouble() < scenario.sensors().dropRate()) {
                trueKg[i] = Double.NaN;
                counts[i] = LineEncoder.MISSING;
            }
        }
        FaultInjector.Wire wire = faultInjector.apply(tS, trueKg, counts);
        double[] kg = new double[channels];
        for (int i = 0; i < channels; i++) {
            kg[i] = counts[i] == LineEncoder.MISSING ? Double.NaN : sensors[i].cell().toKg(counts[i]);
            trueCounts[i] = Double.isNaN(trueKg[i]) ? LineEncoder.MISSING : saturatedOrRounded(i, trueKg[i]);
        }
        long micros = Math.round((tS - bootS) * 1e6);
        SimFrame frame = new SimFrame(index++, tS * 1000, seq, micros, wire.delivered(), wire.corrupted(), afterReset, moment,
                physical, trueKg, trueCounts, counts, kg, buttonsUntil(tS, afterReset));
        seq = (seq + 1) & 0xFFFF;
        return frame;
    }

    /** The button changes due by {@code tS} (s) not yet given to a frame; their device time is since the last boot. */
    private List<ButtonChange> buttonsUntil(double tS, boolean afterReset) {
        if (afterReset) {
            inputSeq = 0;
        }
        List<ButtonChange> due = new ArrayList<>(0);
        while (nextChange < changes.size() && changes.get(nextChange).tS() <= tS) {
            Change change = changes.get(nextChange++);
            long changeMicros = Math.max(0, Math.round((change.tS() - bootS) * 1e6));
            due.add(new ButtonChange(change.tS() * 1000, inputSeq, changeMicros, change.input(), change.pressed()));
            inputSeq = (inputSeq + 1) & 0xFFFF;
        }
        return due;
    }

    /** Each press as the button going down at its time and up {@link ButtonPress#HELD_S} later, in time order. */
    private static List<Change> changesOf(List<ButtonPress> presses) {
        List<Change> changes = new ArrayList<>(presses.size() * 2);
        for (ButtonPress press : presses) {
            changes.add(new Change(press.tS(), press.input(), true));
            changes.add(new Change(press.tS() + ButtonPress.HELD_S, press.input(), false));
        }
        changes.sort(Comparator.comparingDouble(Change::tS));
        return changes;
    }

    private record Change(double tS, Input input, boolean pressed) {
    }

    /** The noise-free counts of a channel: the ADC's end of range exactly where a saturation put it there. */
    private long saturatedOrRounded(int channel, double kg) {
        long saturated = sensors[channel].saturatedCounts();
        return sensors[channel].cell().toKg(saturated) == kg ? saturated : sensors[channel].toCounts(kg);
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
