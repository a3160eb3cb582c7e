package dev.ashiatsu.bridge.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Hx711CodesTest {

    /** Shifts a value's 24 bits in MSB first, as the reader does, and sign-extends the word. */
    private static int roundTrip(int value) {
        int bits = 0;
        for (int i = 0; i < Hx711Codes.BITS; i++) {
            bits = Hx711Codes.shiftIn(bits, Hx711Codes.bit(value, i));
        }
        return Hx711Codes.toSigned(bits);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, -1, 2, -2, 0x123456, -0x123456, 0x7FFFFF, -0x800000, 0x400000, -0x400001})
    void shiftingTheBitsInMsbFirstGivesTheSignedValueBack(int value) {
        assertEquals(value, roundTrip(value));
    }

    @Test
    void signExtendsTheTopBitOfTheWord() {
        assertEquals(-1, Hx711Codes.toSigned(0xFFFFFF));
        assertEquals(-0x800000, Hx711Codes.toSigned(0x800000));
        assertEquals(0x7FFFFF, Hx711Codes.toSigned(0x7FFFFF));
        assertEquals(5, Hx711Codes.toSigned(0x1000005), "bits above 23 are ignored");
    }

    @Test
    void theFirstBitOutIsTheMostSignificant() {
        assertTrue(Hx711Codes.bit(-1, 0));
        assertFalse(Hx711Codes.bit(1, 0));
        assertTrue(Hx711Codes.bit(1, 23));
        assertTrue(Hx711Codes.bit(0x800000 - 0x1000000, 0));
        assertFalse(Hx711Codes.bit(0x800000 - 0x1000000, 1));
    }

    @Test
    void saturationCodesAreTheEndsOfTheRange() {
        assertTrue(Hx711Codes.isSaturated(0x7FFFFF));
        assertTrue(Hx711Codes.isSaturated(-0x800000));
        assertFalse(Hx711Codes.isSaturated(0x7FFFFE));
    }

    @Test
    void aValueOutside24BitsHasNoWord() {
        var e = assertThrows(IllegalArgumentException.class, () -> Hx711Codes.toWord(0x800000));
        assertTrue(e.getMessage().contains("8388608"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hx711Codes.toWord(-0x800001));
    }

    @Test
    void gainSelectionTakes25To27Pulses() {
        assertEquals(25, Hx711Gain.ofGain(128).pulses());
        assertEquals(26, Hx711Gain.ofGain(32).pulses());
        assertEquals(27, Hx711Gain.ofGain(64).pulses());
        assertEquals(Hx711Gain.B_32, Hx711Gain.ofPulses(26));
        assertEquals(Hx711Gain.A_128, Hx711Gain.POWER_ON);
        var e = assertThrows(IllegalArgumentException.class, () -> Hx711Gain.ofGain(100));
        assertTrue(e.getMessage().contains("was 100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hx711Gain.ofPulses(24));
    }
}
