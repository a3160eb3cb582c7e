package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.estimate.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameBlockCodecTest {

    @Test
    void rawCountsWithMissingValuesRoundTripExactly() {
        List<FrameEntry> frames = List.of(
                new FrameEntry(0, new double[]{8_388_607, -8_388_608, 0, Double.NaN, 5, 6, 7, 8, 9}, false,
                        new RecordedEstimate(Phase.LOADED, Zone.KNEE, 120.5, 30.25, 12.34, 0, 70, 130.5)),
                new FrameEntry(12.5, new double[]{8_388_600, Double.NaN, 1, 2, 5, 6, 7, 8, 9}, false, null),
                new FrameEntry(1234567.891, new double[]{-3, -2, -1, 0, 1, 2, 3, 4, Double.NaN}, false,
                        new RecordedEstimate(Phase.EMPTY, null, 0.5, -0.25, 0, Double.POSITIVE_INFINITY, Double.NaN, null)));
        assertEquals(frames, roundTrip(frames));
    }

    @Test
    void kgValuesThatAreNotWholeNumbersAreKeptBitForBit() {
        List<FrameEntry> frames = List.of(
                new FrameEntry(0, new double[]{1.0 / 3, Math.PI, Double.NaN}, true, null),
                new FrameEntry(20, new double[]{-0.000123, 1e-300, 42}, true,
                        new RecordedEstimate(Phase.CLIENT, Zone.OFF_BODY, 80, 0, 0, 42, 68, null)));
        assertEquals(frames, roundTrip(frames));
    }

    @Test
    void rawCountsCostAboutTwoBytesAChannel() {
        List<FrameEntry> frames = new ArrayList<>();
        java.util.Random noise = new java.util.Random(1);
        for (int i = 0; i < 80; i++) {
            double[] values = new double[8];
            for (int c = 0; c < 8; c++) {
                values[c] = 100_000 + c * 1000 + Math.round(noise.nextGaussian() * 20);
            }
            frames.add(new FrameEntry(i * 12.5, values, false,
                    new RecordedEstimate(Phase.LOADED, Zone.THIGH, 150, 40, 30 + i * 0.1, 42, 70, 110.0)));
        }
        ByteWriter out = new ByteWriter(1024);
        FrameBlockCodec.encode(frames, out);
        assertTrue(out.size() < 80 * 30, "80 frames of 8 channels in " + out.size() + " bytes");
        assertEquals(frames, roundTrip(frames));
    }

    @Test
    void aTruncatedBlockIsReportedNotMisread() {
        ByteWriter out = new ByteWriter(64);
        FrameBlockCodec.encode(List.of(new FrameEntry(0, new double[]{1, 2, 3}, false, null),
                new FrameEntry(1, new double[]{4, 5, 6}, false, null)), out);
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 2);
        assertThrows(CorruptJournalException.class, () -> FrameBlockCodec.decode(cut, (t, v, k, e) -> { }));
    }

    @Test
    void mixedChannelCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FrameBlockCodec.encode(List.of(
                new FrameEntry(0, new double[]{1}, false, null), new FrameEntry(1, new double[]{1, 2}, false, null)),
                new ByteWriter(16)));
    }

    @Test
    void storedEstimatesAreRoundedToHundredthsOfAKg() {
        RecordedEstimate rounded = new RecordedEstimate(Phase.LOADED, Zone.CALF, 1.004, 2.006, 3.333, 4.0, 70.0, 12.34);
        FrameEntry entry = new FrameEntry(0, new double[]{1}, false, rounded);
        RecordedEstimate back = roundTrip(List.of(entry)).get(0).estimate();
        assertEquals(1.0, back.tableKg());
        assertEquals(2.01, back.barKg());
        assertEquals(3.33, back.appliedKg());
        assertEquals(12.3, back.xCm());
        assertNull(roundTrip(List.of(new FrameEntry(0, new double[]{1}, false, null))).get(0).estimate());
    }

    private static List<FrameEntry> roundTrip(List<FrameEntry> frames) {
        ByteWriter out = new ByteWriter(64);
        FrameBlockCodec.encode(frames, out);
        List<FrameEntry> back = new ArrayList<>();
        FrameBlockCodec.decode(out.toByteArray(), (t, values, inKg, estimate) -> back.add(new FrameEntry(t, values.clone(), inKg, estimate)));
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i).values(), back.get(i).values());
        }
        List<FrameEntry> sameArrays = new ArrayList<>();
        for (int i = 0; i < back.size(); i++) {
            FrameEntry f = back.get(i);
            sameArrays.add(new FrameEntry(f.tMs(), frames.get(i).values(), f.inKg(), f.estimate()));
        }
        return sameArrays;
    }
}
