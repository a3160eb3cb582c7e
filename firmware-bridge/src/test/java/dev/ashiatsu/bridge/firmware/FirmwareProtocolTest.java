package dev.ashiatsu.bridge.firmware;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.bridge.protocol.Crc16;
import dev.ashiatsu.bridge.protocol.DataLine;
import dev.ashiatsu.bridge.protocol.DeviceEvent;
import dev.ashiatsu.bridge.protocol.Hello;
import dev.ashiatsu.bridge.protocol.InputLine;
import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.bridge.protocol.LineParser;
import dev.ashiatsu.bridge.protocol.ParsedLine;
import dev.ashiatsu.core.source.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The firmware's framing unit (firmware/ashiatsu_bridge/protocol.cpp), compiled for the host, must write
 * exactly what {@link LineEncoder} writes for the same vectors, and the Java parser must read back what was
 * encoded: firmware and bridge cannot drift apart.
 */
class FirmwareProtocolTest {

    private record Vector(String input, String expectedLine, int channels, ParsedLine expectedParse) {
    }

    @Test
    void firmwareLinesEqualLineEncoderByteForByteAndDecodeToTheirVectors() throws Exception {
        HostProgram program = HostProgram.compile("protocol_host_test", List.of("ashiatsu_bridge"),
                "ashiatsu_bridge/protocol.cpp", "host-test/protocol_host_test.cpp");
        List<Vector> vectors = vectors();
        StringBuilder input = new StringBuilder();
        vectors.forEach(v -> input.append(v.input()).append('\n'));

        String[] output = new String(program.run(input.toString()), ISO_8859_1).split("(?<=\n)");

        assertEquals(vectors.size(), output.length);
        for (int i = 0; i < vectors.size(); i++) {
            Vector vector = vectors.get(i);
            assertEquals(vector.expectedLine(), output[i], "vector " + vector.input());
            if (vector.expectedParse() != null) {
                byte[] line = output[i].getBytes(ISO_8859_1);
                ParsedLine parsed = new LineParser(vector.channels()).parse(line, 0, line.length - 1);
                if (vector.expectedParse() instanceof DataLine expected) {
                    DataLine actual = (DataLine) parsed;
                    assertEquals(expected.seq(), actual.seq(), vector.input());
                    assertEquals(expected.micros(), actual.micros(), vector.input());
                    assertArrayEquals(expected.counts(), actual.counts(), vector.input());
                } else {
                    assertEquals(vector.expectedParse(), parsed, vector.input());
                }
            }
        }
    }

    private static List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        vectors.add(new Vector("C 123456789", "29B1\n", 0, null));
        vectors.add(new Vector("C H,1,fw-0.3.0,6,80", String.format("%04X\n", Crc16.of("H,1,fw-0.3.0,6,80")), 0, null));
        vectors.add(new Vector("H fw-0.3.0 6 80", "H,1,fw-0.3.0,6,80*A966\n", 6, new Hello(1, "fw-0.3.0", 6, 80)));
        vectors.add(new Vector("E TIMEOUT channel 1 not ready", "E,TIMEOUT,channel 1 not ready*158A\n", 1,
                new DeviceEvent("TIMEOUT", "channel 1 not ready")));
        vectors.add(data(17, 1234567, new long[] {210443, -1203, 77, 0, 15, -4}));
        vectors.add(data(18, 1246967, new long[] {210450, LineEncoder.MISSING, 77, 1, 15, -4}));
        vectors.add(data(65535, 4294967295L, new long[] {8388607, -8388608, LineEncoder.MISSING, 0, -1, 1, 0, 0}));
        vectors.add(hello("fw-" + "x".repeat(40), 8, 10));
        vectors.add(event("OVERRUN", "12 frames dropped"));
        vectors.add(event("BOOT", "power on, or reset"));
        vectors.add(new Vector("H fw-0.3.0~inputs=ACK+STOP 8 80", "H,1,fw-0.3.0 inputs=ACK+STOP,8,80*EE17\n", 8,
                new Hello(1, "fw-0.3.0", 8, 80, List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP))));
        vectors.add(input(0, 0, Input.ACKNOWLEDGE, true));
        vectors.add(input(65535, 4294967295L, Input.CLIENT_STOP, false));
        vectors.add(input(3, 2210000, Input.ACKNOWLEDGE, true));
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            long[] counts = new long[1 + random.nextInt(8)];
            for (int c = 0; c < counts.length; c++) {
                int kind = random.nextInt(10);
                counts[c] = kind == 0 ? LineEncoder.MISSING
                        : kind == 1 ? (random.nextBoolean() ? 8388607 : -8388608)
                        : random.nextInt(1 << 24) - (1 << 23);
            }
            vectors.add(data(random.nextInt(65536), random.nextLong() & 0xFFFF_FFFFL, counts));
        }
        return vectors;
    }

    private static Vector data(int seq, long micros, long[] counts) {
        StringBuilder input = new StringBuilder("D " + seq + " " + micros);
        double[] values = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            input.append(' ').append(counts[c] == LineEncoder.MISSING ? "_" : Long.toString(counts[c]));
            values[c] = counts[c] == LineEncoder.MISSING ? Double.NaN : counts[c];
        }
        return new Vector(input.toString(), LineEncoder.data(seq, micros, counts), counts.length,
                new DataLine(seq, micros, values));
    }

    private static Vector hello(String firmware, int channels, int rateHz) {
        return new Vector(String.format(Locale.ROOT, "H %s %d %d", firmware, channels, rateHz),
                LineEncoder.hello(firmware, channels, rateHz), channels, new Hello(1, firmware, channels, rateHz));
    }

    private static Vector input(int seq, long micros, Input input, boolean pressed) {
        return new Vector(String.format(Locale.ROOT, "I %d %d %s %d", seq, micros, InputLine.code(input), pressed ? 1 : 0),
                LineEncoder.input(seq, micros, input, pressed), 1, new InputLine(seq, micros, input, pressed));
    }

    private static Vector event(String code, String text) {
        return new Vector("E " + code + " " + text, LineEncoder.event(code, text), 1, new DeviceEvent(code, text));
    }
}
