package dev.ashiatsu.bridge.gpio;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One simulated HX711 answering clock edges bit-exactly on a Pi4J mock input (its DOUT). It converts
 * continuously: when a conversion is done DOUT goes low; each rising edge then shifts out the next bit of
 * the 24-bit two's complement code, MSB first; the 25th rising edge pulls DOUT high and starts the next
 * conversion, and the 26th and 27th (if any) select channel B/32 and channel A/64 for it. A clock high
 * longer than 60 us powers the chip down; on the falling edge it restarts on channel A/128. Pulses while
 * a conversion is under way are ignored. The code a conversion yields is what {@link #program} set for
 * the selected input and gain (0 until set).
 *
 * <p>Driven by a {@link SimulatedHx711Bus} (clock edges, on the reading thread) and by either its timer or
 * the test (conversions done); all under this object's lock. A free-running chip ends each conversion on a
 * real-time timer, as the hardware does; a stepped chip (no timer) ends one only when the test calls
 * {@link #finishConversion()}, so whether a conversion is done at a given point does not depend on how the
 * machine schedules the reading and timer threads.
 */
final class SimulatedHx711 {

    private enum State { CONVERTING, READY, SHIFTING, SELECTING }

    private final MockDigitalInput dout;
    /** Null for a stepped chip: conversions end on {@link #finishConversion()}. */
    private final ScheduledExecutorService timer;
    private final long conversionNanos;
    private final Map<Hx711Gain, Integer> codes = new EnumMap<>(Hx711Gain.class);

    private State state = State.CONVERTING;
    private Hx711Gain selected = Hx711Gain.POWER_ON;
    private int latchedCode;
    private int pulses;
    private boolean clockHigh;
    private long riseNanos;
    private boolean neverReady;
    private int generation;
    private int readsCompleted;
    private int powerDowns;

    /**
     * @param timer ends conversions after {@code conversionNanos} (the first after {@code firstReadyNanos});
     *              null for a stepped chip, whose conversions end only on {@link #finishConversion()}
     */
    SimulatedHx711(MockDigitalInput dout, ScheduledExecutorService timer, long conversionNanos, long firstReadyNanos) {
        this.dout = dout;
        this.timer = timer;
        this.conversionNanos = conversionNanos;
        synchronized (this) {
            setDout(true);
            schedule(firstReadyNanos);
        }
    }

    /**
     * The code this chip yields for conversions on {@code input}, from the conversion waiting to be read
     * (as if the load changed just before it) or else the next one.
     */
    synchronized SimulatedHx711 program(Hx711Gain input, int code) {
        Hx711Codes.toWord(code);
        codes.put(input, code);
        if (state == State.READY && selected == input) {
            latchedCode = code;
        }
        return this;
    }

    /** The same code on every input and gain. */
    synchronized SimulatedHx711 programAll(int code) {
        for (Hx711Gain g : Hx711Gain.values()) {
            program(g, code);
        }
        return this;
    }

    /** From now on the chip never finishes a conversion: DOUT goes and stays high. */
    synchronized SimulatedHx711 neverReady() {
        neverReady = true;
        state = State.CONVERTING;
        pulses = 0;
        setDout(true);
        return this;
    }

    synchronized int readsCompleted() {
        return readsCompleted;
    }

    /** Whether a finished conversion waits to be clocked out (DOUT low, no bit shifted yet). */
    synchronized boolean ready() {
        return state == State.READY;
    }

    /** Whether the chip has shifted out part of a word and waits for the rest of the train. */
    synchronized boolean midWord() {
        return state == State.SHIFTING;
    }

    synchronized int powerDowns() {
        return powerDowns;
    }

    /** The input and gain of the conversion under way or waiting to be read. */
    synchronized Hx711Gain selected() {
        return selected;
    }

    synchronized void clockEdge(boolean high, long nowNanos) {
        if (high == clockHigh) {
            return;
        }
        clockHigh = high;
        if (high) {
            riseNanos = nowNanos;
            rising();
        } else if (nowNanos - riseNanos > Hx711Array.MAX_HIGH_NANOS) {
            powerCycle();
        }
    }

    private void rising() {
        switch (state) {
            case READY, SHIFTING -> {
                state = State.SHIFTING;
                pulses++;
                if (pulses <= Hx711Codes.BITS) {
                    setDout(Hx711Codes.bit(latchedCode, pulses - 1));
                } else {
                    readsCompleted++;
                    state = State.SELECTING;
                    selected = Hx711Gain.ofPulses(pulses);
                    setDout(true);
                    schedule(conversionNanos);
                }
            }
            case SELECTING -> {
                pulses++;
                if (pulses <= Hx711Gain.A_64.pulses()) {
                    selected = Hx711Gain.ofPulses(pulses);
                }
            }
            case CONVERTING -> {
            }
        }
    }

    private void powerCycle() {
        powerDowns++;
        state = State.CONVERTING;
        selected = Hx711Gain.POWER_ON;
        pulses = 0;
        setDout(true);
        schedule(conversionNanos);
    }

    /**
     * Ends the conversion under way now (one waiting to be read is replaced by a fresh one, as the chip keeps
     * converting): DOUT goes low. No effect mid-word, or on a chip that never becomes ready.
     */
    synchronized void finishConversion() {
        if (!neverReady && state != State.SHIFTING) {
            latchedCode = codes.getOrDefault(selected, 0);
            state = State.READY;
            pulses = 0;
            setDout(false);
        }
    }

    private synchronized void conversionDone(int ofGeneration) {
        if (ofGeneration != generation) {
            return;
        }
        finishConversion();
        schedule(conversionNanos);
    }

    private void schedule(long delayNanos) {
        int ofGeneration = ++generation;
        if (timer == null) {
            return;
        }
        timer.schedule(() -> conversionDone(ofGeneration), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void setDout(boolean high) {
        dout.mockState(high ? DigitalState.HIGH : DigitalState.LOW);
    }
}
