package dev.ashiatsu.sim;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.source.SourceHealth;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator as a live source for {@code serve} and {@code demo}: raw-count frames of a scenario, paced in
 * real time on a clock, with the table's real calibration (so {@link #table()} is the config to monitor with).
 * Frames lost to a pulled cable or a corrupted line simply do not arrive. Each scenario button press goes to
 * {@link FrameSink#input} at its time, before the next frame. When looping, the scenario starts
 * over with the next seed and frame time carries on from where it was, one sample period later.
 *
 * <p>Threading: {@link #start} starts one daemon thread that calls the sink; {@link #close} stops it and
 * may be called from any thread; {@link #health} is safe from any thread.
 */
public final class SimulatorSource implements FrameSource {

    private final String source;
    private final Scenario scenario;
    private final long seed;
    private final boolean loop;
    private final Pacer pacer;
    private final AtomicLong framesRead = new AtomicLong();
    private final AtomicLong resets = new AtomicLong();
    private volatile String state = "starting";
    private volatile String lastError;
    private volatile double rateHz = Double.NaN;
    private volatile Thread thread;
    private volatile boolean closed;

    private SimulatorSource(String source, Scenario scenario, long seed, boolean loop, Pacer pacer) {
        this.source = source;
        this.scenario = scenario;
        this.seed = seed;
        this.loop = loop;
        this.pacer = pacer;
    }

    /**
     * A bundled scenario's name or a scenario file, paced in real time on {@code clock}.
     *
     * @throws dev.ashiatsu.core.config.ConfigException when the scenario cannot be found or read (the message
     *         names the file, the entry and the field)
     */
    public static SimulatorSource open(String scenarioNameOrYamlPath, long seed, boolean loop, Clock clock) {
        return open(scenarioNameOrYamlPath, seed, loop, Pacer.realTime(clock));
    }

    /** As {@link #open(String, long, boolean, Clock)} with any pacing ({@link Pacer#unpaced()} for tests). */
    public static SimulatorSource open(String scenarioNameOrYamlPath, long seed, boolean loop, Pacer pacer) {
        return new SimulatorSource(scenarioNameOrYamlPath, Scenarios.load(scenarioNameOrYamlPath), seed, loop, pacer);
    }

    public TableConfig table() {
        return scenario.table();
    }

    public ClientProfile client() {
        return scenario.client();
    }

    public PractitionerProfile practitioner() {
        return scenario.practitioner();
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public String description() {
        return "sim:" + source;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (thread != null) {
            throw new IllegalStateException(description() + " was already started");
        }
        Thread worker = new Thread(() -> run(sink), "simulator-" + scenario.name());
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    private void run(FrameSink sink) {
        state = "running";
        double offsetMs = 0;
        long round = 0;
        RateMeter meter = new RateMeter();
        try {
            do {
                Simulation simulation = new Simulation(scenario, seed + round);
                double lastMs = offsetMs;
                for (SimFrame frame = simulation.next(); frame != null && !closed; frame = simulation.next()) {
                    double tMs = offsetMs + frame.tMs();
                    lastMs = tMs;
                    for (ButtonChange change : frame.buttons()) {
                        if (change.pressed()) {
                            pacer.awaitMs(offsetMs + change.tMs());
                            sink.input(new InputEvent(offsetMs + change.tMs(), change.input()));
                        }
                    }
                    if (!frame.delivered()) {
                        continue;
                    }
                    pacer.awaitMs(tMs);
                    if (frame.afterReset()) {
                        resets.incrementAndGet();
                        sink.sourceEvent(description() + ": device reset");
                    }
                    sink.accept(Frame.ofRaw(tMs, SimFrame.values(frame.counts())));
                    framesRead.incrementAndGet();
                    rateHz = meter.tick(tMs);
                }
                offsetMs = lastMs + simulation.periodMs();
                round++;
            } while (loop && !closed);
            state = "stopped";
        } catch (InterruptedException e) {
            state = "stopped";
        } catch (RuntimeException e) {
            lastError = e.toString();
            state = "failed";
            sink.sourceEvent(description() + " failed: " + e);
        }
    }

    @Override
    public SourceHealth health() {
        InputCounters counters = new InputCounters(framesRead.get(), 0, 0, 0, resets.get());
        return new SourceHealth(state, counters, rateHz, lastError);
    }

    @Override
    public void close() {
        closed = true;
        Thread worker = thread;
        if (worker != null && worker != Thread.currentThread()) {
            worker.interrupt();
            try {
                worker.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = "stopped";
    }

    /** Frames per second of frame time over the last whole second. */
    private static final class RateMeter {
        private double windowStartMs = Double.NaN;
        private int frames;
        private double rate = Double.NaN;

        double tick(double tMs) {
            if (Double.isNaN(windowStartMs) || tMs < windowStartMs) {
                windowStartMs = tMs;
                frames = 0;
            }
            frames++;
            if (tMs - windowStartMs >= 1000) {
                rate = (frames - 1) * 1000.0 / (tMs - windowStartMs);
                windowStartMs = tMs;
                frames = 1;
            }
            return rate;
        }
    }
}
