package dev.ashiatsu.bridge.gpio;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared clock line: listens to the Pi4J mock clock output and hands every edge, with one timestamp,
 * to each simulated chip, as the wire does. It can hold one rising edge high for a while, as a reading
 * thread preempted mid-pulse would, and put stray pulses on the wire that the host never drove.
 *
 * <p>Edges the host drives are timestamped with {@link System#nanoTime()} inside the host's pin call, so
 * a chip sees a part of the high phase the host times (from before the rising edge to after the falling
 * one): a chip powers down only on a train the host finds overran and discards.
 *
 * <p>The chips' conversions either run free on this bus's real-time timer ({@code new SimulatedHx711Bus},
 * for a reading thread the test does not drive) or are stepped by the test ({@link #stepped}, then
 * {@link #finishConversions()}): with stepped chips, nothing a test sees depends on when the machine runs
 * which thread, so a loaded machine cannot change the outcome.
 */
final class SimulatedHx711Bus implements AutoCloseable {

    private final MockDigitalOutput clock;
    private final List<SimulatedHx711> chips = new CopyOnWriteArrayList<>();
    /** Ends free-running chips' conversions; null on a stepped bus. */
    private final ScheduledExecutorService timer;
    private final DigitalStateChangeListener listener = event -> edge(event.state() == DigitalState.HIGH);
    private final AtomicInteger risingEdges = new AtomicInteger();
    private volatile int stallAtEdge = -1;
    private volatile long stallNanos;

    /** A bus whose chips convert on a real-time timer. */
    SimulatedHx711Bus(MockDigitalOutput clock) {
        this(clock, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulated-hx711");
            t.setDaemon(true);
            return t;
        }));
    }

    private SimulatedHx711Bus(MockDigitalOutput clock, ScheduledExecutorService timer) {
        this.clock = clock;
        this.timer = timer;
        clock.addListener(listener);
    }

    /** A bus whose chips end a conversion only when the test calls {@link #finishConversions()}. */
    static SimulatedHx711Bus stepped(MockDigitalOutput clock) {
        return new SimulatedHx711Bus(clock, null);
    }

    /** A free-running chip on this clock whose DOUT is {@code dout}, converting every {@code conversionNanos}. */
    SimulatedHx711 addChip(MockDigitalInput dout, long conversionNanos, long firstReadyNanos) {
        if (timer == null) {
            throw new IllegalStateException("a stepped bus has no timer: use addChip(dout)");
        }
        return add(new SimulatedHx711(dout, timer, conversionNanos, firstReadyNanos));
    }

    /** A stepped chip on this clock whose DOUT is {@code dout}, converting from power-on. */
    SimulatedHx711 addChip(MockDigitalInput dout) {
        if (timer != null) {
            throw new IllegalStateException("a free-running bus times its chips' conversions");
        }
        return add(new SimulatedHx711(dout, null, 0, 0));
    }

    private SimulatedHx711 add(SimulatedHx711 chip) {
        chips.add(chip);
        return chip;
    }

    /** Stepped chips: every conversion under way ends now (see {@link SimulatedHx711#finishConversion()}). */
    void finishConversions() {
        chips.forEach(SimulatedHx711::finishConversion);
    }

    /**
     * Noise on the wire while the host holds the clock low: {@code count} pulses of {@link Hx711Array#HOLD_NANOS}
     * high each, timed on the wire itself, so no scheduling delay can stretch one past 60 us.
     */
    void strayPulses(int count) {
        if (clock.state() != DigitalState.LOW) {
            throw new IllegalStateException("stray pulses are simulated only while the host holds the clock low");
        }
        long t = System.nanoTime();
        for (int i = 0; i < count; i++) {
            for (SimulatedHx711 chip : chips) {
                chip.clockEdge(true, t);
                chip.clockEdge(false, t + Hx711Array.HOLD_NANOS);
            }
            t += 2 * Hx711Array.HOLD_NANOS;
        }
    }

    /** Holds the {@code nth} rising edge from now high for {@code nanos} before the reader may go on. */
    void stallRisingEdge(int nth, long nanos) {
        stallNanos = nanos;
        stallAtEdge = risingEdges.get() + nth;
    }

    int risingEdges() {
        return risingEdges.get();
    }

    private void edge(boolean high) {
        long now = System.nanoTime();
        for (SimulatedHx711 chip : chips) {
            chip.clockEdge(high, now);
        }
        if (high && risingEdges.incrementAndGet() == stallAtEdge) {
            long until = System.nanoTime() + stallNanos;
            while (System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void close() {
        clock.removeListener(listener);
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
