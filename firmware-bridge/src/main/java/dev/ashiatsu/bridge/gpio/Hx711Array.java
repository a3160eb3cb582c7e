package dev.ashiatsu.bridge.gpio;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads up to {@link #MAX_CHIPS} HX711 chips that share one clock, in parallel: one clock train gives one
 * 24-bit reading per ready chip, so the cells are sampled together.
 *
 * <p>A read waits until every chip pulls DOUT low (ready) or the ready timeout passes; a chip still high
 * then is {@link ChipStatus#NOT_READY} for this train. The train is {@link Hx711Gain#pulses()} pulses:
 * 24 data bits, MSB first, sampled after each falling edge (DOUT changes on the rising edge and holds
 * until the next one, which keeps the high phases as short as possible), then the pulses that select the
 * gain of the next conversion.
 *
 * <p>The 60 us rule: a clock high phase longer than 60 us powers the chips down (they restart on
 * {@link Hx711Gain#POWER_ON}). Every high phase is timed with {@link System#nanoTime()} from before the
 * rising edge to after the falling edge, an upper bound of the real high time, so a train the chips may
 * have aborted is never taken for a good one: all its readings are {@link ChipStatus#SUSPECT}.
 *
 * <p>Not thread-safe: one reading thread.
 */
public final class Hx711Array {

    public static final int MAX_CHIPS = 8;
    /** The chips power down when the clock stays high longer than this. */
    public static final long MAX_HIGH_NANOS = 60_000;
    /** Minimum time each clock level is held (the chip needs 0.2 us; 1 us is its typical figure). */
    static final long HOLD_NANOS = 1_000;
    private static final long POLL_NANOS = 100_000;

    private final Hx711Pins pins;
    private final Hx711Gain gain;
    private final long readyTimeoutNanos;
    private final boolean[] discardNext;

    /**
     * @param readyTimeoutNanos how long a read waits for every chip to become ready; a little more than
     *                          one conversion period (1/10 s or 1/80 s by the chips' RATE pin)
     */
    public Hx711Array(Hx711Pins pins, Hx711Gain gain, long readyTimeoutNanos) {
        this.pins = Objects.requireNonNull(pins, "pins");
        this.gain = Objects.requireNonNull(gain, "gain");
        if (pins.chipCount() < 1 || pins.chipCount() > MAX_CHIPS) {
            throw new IllegalArgumentException("1 to " + MAX_CHIPS + " chips can share a clock, not " + pins.chipCount());
        }
        if (readyTimeoutNanos <= 0) {
            throw new IllegalArgumentException("readyTimeoutNanos must be positive, was " + readyTimeoutNanos);
        }
        this.readyTimeoutNanos = readyTimeoutNanos;
        this.discardNext = new boolean[pins.chipCount()];
        Arrays.fill(discardNext, gain != Hx711Gain.POWER_ON);
        pins.clock(false);
    }

    public int chipCount() {
        return discardNext.length;
    }

    public Hx711Gain gain() {
        return gain;
    }

    /** Waits for the chips, clocks one train and returns every chip's reading. */
    public Hx711Reading read() {
        int n = chipCount();
        boolean[] ready = awaitReady();
        long readyNanos = System.nanoTime();
        int[] bits = new int[n];
        ChipStatus[] status = new ChipStatus[n];
        if (!anyTrue(ready)) {
            Arrays.fill(status, ChipStatus.NOT_READY);
            Arrays.fill(discardNext, true); // silent for a whole timeout: they may have lost power and restarted
            return new Hx711Reading(readyNanos, bits, status, false);
        }
        boolean overran = clockTrain(ready, bits);
        for (int i = 0; i < n; i++) {
            status[i] = judge(i, ready[i], overran);
            if (status[i] != ChipStatus.OK) {
                bits[i] = 0;
            }
        }
        return new Hx711Reading(readyNanos, bits, status, overran);
    }

    private boolean[] awaitReady() {
        int n = chipCount();
        boolean[] ready = new boolean[n];
        int readyCount = 0;
        long deadline = System.nanoTime() + readyTimeoutNanos;
        while (true) {
            for (int i = 0; i < n; i++) {
                if (!ready[i] && !pins.dataHigh(i)) {
                    ready[i] = true;
                    readyCount++;
                }
            }
            if (readyCount == n || System.nanoTime() - deadline >= 0) {
                return ready;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Clocks the train, shifting in the ready chips' bits; true when a high phase ran too long. */
    private boolean clockTrain(boolean[] ready, int[] bits) {
        boolean overran = false;
        for (int pulse = 0; pulse < gain.pulses(); pulse++) {
            long rise = System.nanoTime();
            pins.clock(true);
            holdUntil(rise + HOLD_NANOS);
            pins.clock(false);
            long fall = System.nanoTime();
            if (fall - rise > MAX_HIGH_NANOS) {
                overran = true;
            }
            if (pulse < Hx711Codes.BITS) {
                for (int i = 0; i < ready.length; i++) {
                    if (ready[i]) {
                        bits[i] = Hx711Codes.shiftIn(bits[i], pins.dataHigh(i));
                    }
                }
            }
            holdUntil(fall + HOLD_NANOS);
        }
        for (int i = 0; i < ready.length; i++) {
            if (ready[i]) {
                bits[i] = Hx711Codes.toSigned(bits[i]);
            }
        }
        return overran;
    }

    /** Decides chip {@code i}'s status after a train and what its next reading needs. */
    private ChipStatus judge(int i, boolean wasReady, boolean overran) {
        if (overran) {
            // every chip on the clock may have powered down and restarted on the power-on gain
            discardNext[i] |= gain != Hx711Gain.POWER_ON;
            return wasReady ? ChipStatus.SUSPECT : ChipStatus.NOT_READY;
        }
        if (!wasReady) {
            // it may have become ready during the train and caught part of it, or restarted (power lost)
            discardNext[i] = true;
            return ChipStatus.NOT_READY;
        }
        if (!pins.dataHigh(i)) {
            // after the 25th pulse a chip holds DOUT high until its next conversion
            discardNext[i] = true;
            return ChipStatus.SUSPECT;
        }
        if (discardNext[i]) {
            discardNext[i] = false;
            return ChipStatus.SETTLING;
        }
        return ChipStatus.OK;
    }

    private static void holdUntil(long deadline) {
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }
}
