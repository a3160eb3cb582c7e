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
 * thread preempted mid-pulse would.
 */
final class SimulatedHx711Bus implements AutoCloseable {

    private final MockDigitalOutput clock;
    private final List<SimulatedHx711> chips = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulated-hx711");
        t.setDaemon(true);
        return t;
    });
    private final DigitalStateChangeListener listener = event -> edge(event.state() == DigitalState.HIGH);
    private final AtomicInteger risingEdges = new AtomicInteger();
    private volatile int stallAtEdge = -1;
    private volatile long stallNanos;

    SimulatedHx711Bus(MockDigitalOutput clock) {
        this.clock = clock;
        clock.addListener(listener);
    }

    /** A chip on this clock whose DOUT is {@code dout}, converting every {@code conversionNanos}. */
    SimulatedHx711 addChip(MockDigitalInput dout, long conversionNanos, long firstReadyNanos) {
        SimulatedHx711 chip = new SimulatedHx711(dout, timer, conversionNanos, firstReadyNanos);
        chips.add(chip);
        return chip;
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
        timer.shutdownNow();
    }
}
