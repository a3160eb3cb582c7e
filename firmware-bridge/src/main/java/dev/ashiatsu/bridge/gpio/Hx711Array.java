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
 * <p>The 60 us rule: a clock high phase longer than 60 us powers the chips down. Every high phase is timed
 * with {@link System#nanoTime()} from before the rising edge to after the falling edge, an upper bound of
 * the real high time, so a train the chips may have aborted is never taken for a good one: all its
 * readings are {@link ChipStatus#SUSPECT}. Minimum high times (a pulse's hold, a reset) are timed the other
 * way, from after the rising edge returned, a lower bound.
 *
 * <p>Keeping step: a chip that missed or cut short a train may be left part-way through a word, and a
 * shared clock cannot clock it alone. So at the start, after a suspect train, and after
 * {@link #RESET_AFTER_EMPTY_READS} reads in a row in which no chip was ready, the reader resets every chip
 * on purpose (clock high for
 * {@link #RESET_HIGH_NANOS}, the datasheet's power-down, then low): they restart together on
 * {@link Hx711Gain#POWER_ON}. Readings that may come from a conversion at another gain than the
 * configured one, or from a chip back from not answering, are {@link ChipStatus#SETTLING} and discarded.
 *
 * <p>Not thread-safe: one reading thread.
 */
public final class Hx711Array {

    public static final int MAX_CHIPS = 8;
    /** The chips power down when the clock stays high longer than this. */
    public static final long MAX_HIGH_NANOS = 60_000;
    /** How long the clock is held high to reset the chips: well past 60 us. */
    public static final long RESET_HIGH_NANOS = 150_000;
    /** Reads in a row with no chip ready after which the chips are reset. */
    public static final int RESET_AFTER_EMPTY_READS = 4;
    /** Minimum time each clock level is held (the chip needs 0.2 us; 1 us is its typical figure). */
    static final long HOLD_NANOS = 1_000;
    /**
     * Readings discarded after a chip missed a clocked train: it may have caught part of it, and then the
     * next conversion's gain is wrong too.
     */
    private static final int DISCARDS_AFTER_NOT_READY = 2;
    private static final long POLL_NANOS = 100_000;

    private final Hx711Pins pins;
    private final Hx711Gain gain;
    private final long readyTimeoutNanos;
    private final int[] discardsLeft;
    /** Whether each chip was out of step at the last train that could tell (it was read, no overrun). */
    private final boolean[] outOfStepLastTrain;
    private int emptyReads;

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
        this.discardsLeft = new int[pins.chipCount()];
        this.outOfStepLastTrain = new boolean[pins.chipCount()];
        resetChips();
    }

    public int chipCount() {
        return discardsLeft.length;
    }

    public Hx711Gain gain() {
        return gain;
    }

    /** Waits for the chips, clocks one train and returns every chip's reading. */
    public Hx711Reading read() {
        int n = chipCount();
        boolean[] ready = awaitReady();
        long readyNanos = System.nanoTime();
        int[] codes = new int[n];
        ChipStatus[] status = new ChipStatus[n];
        if (!anyTrue(ready)) {
            Arrays.fill(status, ChipStatus.NOT_READY);
            afterReset(); // no train to catch part of, but silent so long they may have lost power
            boolean reset = ++emptyReads % RESET_AFTER_EMPTY_READS == 0;
            if (reset) {
                resetChips();
            }
            return new Hx711Reading(readyNanos, codes, status, 0, reset);
        }
        emptyReads = 0;
        long longestHigh = clockTrain(ready, codes);
        boolean overran = longestHigh > MAX_HIGH_NANOS;
        boolean resetNeeded = overran;
        for (int i = 0; i < n; i++) {
            // after the 25th pulse a chip holds DOUT high until its next conversion: low means out of step
            boolean outOfStep = ready[i] && !overran && !pins.dataHigh(i);
            // a reset puts a chip back in step; one out of step again is a pin stuck low: no reset each train
            resetNeeded |= outOfStep && !outOfStepLastTrain[i];
            if (ready[i] && !overran) {
                outOfStepLastTrain[i] = outOfStep;
            }
            status[i] = !ready[i] ? ChipStatus.NOT_READY
                    : overran || outOfStep ? ChipStatus.SUSPECT
                    : discardsLeft[i] > 0 ? ChipStatus.SETTLING
                    : ChipStatus.OK;
            if (status[i] == ChipStatus.NOT_READY) {
                discardsLeft[i] = DISCARDS_AFTER_NOT_READY;
            } else if (status[i] == ChipStatus.SETTLING) {
                discardsLeft[i]--;
            }
            if (status[i] != ChipStatus.OK) {
                codes[i] = 0;
            }
        }
        if (resetNeeded) {
            resetChips();
        }
        return new Hx711Reading(readyNanos, codes, status, longestHigh, resetNeeded);
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

    /** Clocks the train, shifting in the ready chips' codes; returns the longest high phase (ns). */
    private long clockTrain(boolean[] ready, int[] codes) {
        long longestHigh = 0;
        for (int pulse = 0; pulse < gain.pulses(); pulse++) {
            long beforeRise = System.nanoTime();
            pins.clock(true);
            holdUntil(System.nanoTime() + HOLD_NANOS);
            pins.clock(false);
            long fall = System.nanoTime();
            longestHigh = Math.max(longestHigh, fall - beforeRise);
            if (pulse < Hx711Codes.BITS) {
                for (int i = 0; i < ready.length; i++) {
                    if (ready[i]) {
                        codes[i] = Hx711Codes.shiftIn(codes[i], pins.dataHigh(i));
                    }
                }
            }
            holdUntil(fall + HOLD_NANOS);
        }
        for (int i = 0; i < ready.length; i++) {
            codes[i] = Hx711Codes.toSigned(codes[i]);
        }
        return longestHigh;
    }

    /** Powers every chip down and up: they restart in step, converting on the power-on gain. */
    private void resetChips() {
        pins.clock(true);
        // timed from when the pin is surely high, so the chips see at least this long a high phase
        holdUntil(System.nanoTime() + RESET_HIGH_NANOS);
        pins.clock(false);
        afterReset();
    }

    private void afterReset() {
        int discards = gain == Hx711Gain.POWER_ON ? 0 : 1;
        for (int i = 0; i < discardsLeft.length; i++) {
            discardsLeft[i] = Math.max(discardsLeft[i], discards);
        }
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
