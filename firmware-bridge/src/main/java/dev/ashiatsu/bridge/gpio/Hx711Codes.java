package dev.ashiatsu.bridge.gpio;

/**
 * The HX711's output code: 24 bits, two's complement, shifted out MSB first. At the ends of its range the
 * chip outputs {@link #MAX} or {@link #MIN}; those codes are passed on as they are (the core's
 * SENSOR_FAULT rule recognises a saturated channel by them).
 */
public final class Hx711Codes {

    public static final int BITS = 24;
    /** The code for an input at or above the positive end of the range (0x7FFFFF). */
    public static final int MAX = 0x7F_FFFF;
    /** The code for an input at or below the negative end of the range (0x800000 as a signed value). */
    public static final int MIN = -0x80_0000;

    private Hx711Codes() {
    }

    /** Appends one bit (the next less significant one) to the bits shifted in so far. */
    public static int shiftIn(int bitsSoFar, boolean bit) {
        return (bitsSoFar << 1) | (bit ? 1 : 0);
    }

    /** The signed value of a 24-bit two's complement word (bits above 23 are ignored). */
    public static int toSigned(int word24) {
        return (word24 << (32 - BITS)) >> (32 - BITS);
    }

    /** The 24-bit word that encodes a signed value in range (the inverse of {@link #toSigned}). */
    public static int toWord(int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("an HX711 code is in [" + MIN + ", " + MAX + "], was " + value);
        }
        return value & 0xFF_FFFF;
    }

    /** Bit {@code index} (0 = the first shifted out, the MSB) of a value's 24-bit word. */
    public static boolean bit(int value, int index) {
        return ((toWord(value) >>> (BITS - 1 - index)) & 1) == 1;
    }

    public static boolean isSaturated(int value) {
        return value == MAX || value == MIN;
    }
}
