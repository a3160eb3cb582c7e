package dev.ashiatsu.bridge.gpio;

/**
 * The HX711's input and gain, chosen by the number of clock pulses of the train that reads the previous
 * conversion: 24 data pulses, then 1 to 3 more. The chip powers up (and comes back from power-down) on
 * {@link #A_128}.
 */
public enum Hx711Gain {
    /** Channel A, gain 128: 25 pulses. */
    A_128(128, 25),
    /** Channel B, gain 32: 26 pulses. */
    B_32(32, 26),
    /** Channel A, gain 64: 27 pulses. */
    A_64(64, 27);

    /** The selection a chip has after power-up or a power-down. */
    public static final Hx711Gain POWER_ON = A_128;

    private final int gain;
    private final int pulses;

    Hx711Gain(int gain, int pulses) {
        this.gain = gain;
        this.pulses = pulses;
    }

    public int gain() {
        return gain;
    }

    /** Clock pulses in a train that reads a conversion and selects this gain for the next one (25..27). */
    public int pulses() {
        return pulses;
    }

    /** The selection made by a train of {@code pulses} pulses (25..27). */
    public static Hx711Gain ofPulses(int pulses) {
        for (Hx711Gain g : values()) {
            if (g.pulses == pulses) {
                return g;
            }
        }
        throw new IllegalArgumentException("a read train has 25, 26 or 27 pulses, not " + pulses);
    }

    /** The selection for a configured gain: 128 and 64 are channel A, 32 is channel B. */
    public static Hx711Gain ofGain(int gain) {
        for (Hx711Gain g : values()) {
            if (g.gain == gain) {
                return g;
            }
        }
        throw new IllegalArgumentException("must be 128, 64 (channel A) or 32 (channel B), was " + gain);
    }
}
