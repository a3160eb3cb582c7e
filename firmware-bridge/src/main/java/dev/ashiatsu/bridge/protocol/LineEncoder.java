package dev.ashiatsu.bridge.protocol;

import java.util.Locale;

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

    /** {@code E,<code>,<text>}: a firmware event such as {@code BOOT}, {@code TIMEOUT}, {@code OVERRUN}. */
    public static String event(String code, String text) {
        return seal("E," + code + "," + text);
    }

    /** Appends {@code *CRC} and LF to a body. */
    public static String seal(CharSequence body) {
        return body + "*" + String.format(Locale.ROOT, "%04X", Crc16.of(body)) + "\n";
    }
}
