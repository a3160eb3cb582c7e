package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.source.Input;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes protocol v1 lines ({@code body*CRC\n}), as the firmware does. Used by the simulator and tests.
 * Every method returns one complete line including its LF.
 */
public final class LineEncoder {

    /** Marks a channel with no fresh reading in {@link #data}. */
    public static final long MISSING = Long.MIN_VALUE;

    private LineEncoder() {
    }

    /** {@code H,1,<firmware>,<channels>,<rateHz>}. */
    public static String hello(String firmwareVersion, int channels, int rateHz) {
        return seal("H,1," + firmwareVersion + "," + channels + "," + rateHz);
    }

    /**
     * {@code D,<seq>,<micros>,<count>...}; a count of {@link #MISSING} is written as an empty value.
     *
     * @param seq    sequence number, taken modulo 65536
     * @param micros device microseconds, taken modulo 2^32
     */
    public static String data(int seq, long micros, long[] counts) {
        StringBuilder body = new StringBuilder(16 + counts.length * 9);
        body.append("D,").append(seq & 0xFFFF).append(',').append(micros & 0xFFFF_FFFFL);
        for (long count : counts) {
            body.append(',');
            if (count != MISSING) {
                body.append(count);
            }
        }
        return seal(body);
    }

    /**
     * {@code H,1,<firmware> inputs=<code>+...,<channels>,<rateHz>}: a hello announcing buttons (as an old
     * bridge sees it, the token is part of the firmware version).
     */
    public static String hello(String firmwareVersion, int channels, int rateHz, List<Input> inputs) {
        if (inputs.isEmpty()) {
            return hello(firmwareVersion, channels, rateHz);
        }
        String codes = inputs.stream().map(InputLine::code).collect(Collectors.joining("+"));
        return hello(firmwareVersion + " inputs=" + codes, channels, rateHz);
    }

    /**
     * {@code I,<seq>,<micros>,<input>,<state>}: a debounced button change.
     *
     * @param seq    the input lines' own sequence number, taken modulo 65536
     * @param micros device microseconds, taken modulo 2^32
     */
    public static String input(int seq, long micros, Input input, boolean pressed) {
        return seal("I," + (seq & 0xFFFF) + "," + (micros & 0xFFFF_FFFFL) + "," + InputLine.code(input) + ","
                + (pressed ? "1" : "0"));
    }

    /** {@code E,<code>,<text>}: a firmware event such as {@code BOOT}, {@code TIMEOUT}, {@code OVERRUN}. */
    public static String event(String code, String text) {
        return seal("E," + code + "," + text);
    }

    /** Appends {@code *CRC} and LF to a body. */
    public static String seal(CharSequence body) {
        return body + "*" + String.format(Locale.ROOT, "%04X", Crc16.of(body)) + "\n";
    }
}
