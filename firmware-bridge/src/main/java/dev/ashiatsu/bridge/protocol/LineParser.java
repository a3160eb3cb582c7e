package dev.ashiatsu.bridge.protocol;

import dev.ashiatsu.core.source.Input;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Judges one line (without its LF; one trailing CR allowed) against protocol v1 (with input lines): checksum first, then type
 * and fields. Pure and stateless apart from the channel count; never throws on any bytes.
 */
public final class LineParser {

    /** The 24-bit signed range of an ADC count. */
    public static final int MIN_COUNT = -(1 << 23);
    public static final int MAX_COUNT = (1 << 23) - 1;

    private static final int CHECKSUM_DIGITS = 4;
    /** In a hello's firmware field: the buttons the device announces. */
    static final String INPUTS_TOKEN = "inputs=";

    private final int channels;

    public LineParser(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, was " + channels);
        }
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }

    /** Parses {@code length} bytes of {@code line} from {@code offset}. */
    public ParsedLine parse(byte[] line, int offset, int length) {
        int end = offset + length;
        if (end > offset && line[end - 1] == '\r') {
            end--;
        }
        int star = lastIndexOf(line, offset, end, (byte) '*');
        if (star < 0) {
            return Rejection.NO_CHECKSUM;
        }
        if (end - star - 1 != CHECKSUM_DIGITS || parseUpperHex(line, star + 1, end) != Crc16.of(line, offset, star - offset)) {
            return Rejection.BAD_CHECKSUM;
        }
        if (star - offset < 2 || line[offset + 1] != ',') {
            return Rejection.UNKNOWN_TYPE;
        }
        return switch (line[offset]) {
            case 'D' -> parseData(line, offset + 2, star);
            case 'H' -> parseHello(line, offset + 2, star);
            case 'E' -> parseEvent(line, offset + 2, star);
            case 'I' -> parseInput(line, offset + 2, star);
            default -> Rejection.UNKNOWN_TYPE;
        };
    }

    private ParsedLine parseData(byte[] line, int from, int end) {
        if (count(line, from, end, (byte) ',') != channels + 1) {
            return Rejection.WRONG_VALUE_COUNT;
        }
        int comma = indexOf(line, from, end, (byte) ',');
        long seq = parseUnsigned(line, from, comma, 5);
        int start = comma + 1;
        comma = indexOf(line, start, end, (byte) ',');
        long micros = parseUnsigned(line, start, comma, 10);
        if (!seqAndClockInRange(seq, micros)) {
            return Rejection.BAD_SEQUENCE_OR_CLOCK;
        }
        double[] counts = new double[channels];
        for (int channel = 0; channel < channels; channel++) {
            start = comma + 1;
            comma = channel == channels - 1 ? end : indexOf(line, start, end, (byte) ',');
            if (start == comma) {
                counts[channel] = Double.NaN;
                continue;
            }
            long value = parseSigned(line, start, comma);
            if (value < MIN_COUNT || value > MAX_COUNT) {
                return Rejection.BAD_VALUE;
            }
            counts[channel] = value;
        }
        return new DataLine((int) seq, micros, counts);
    }

    private static ParsedLine parseHello(byte[] line, int from, int end) {
        String[] fields = ascii(line, from, end).split(",", -1);
        if (fields.length != 4 || !fields[0].equals("1")) {
            return Rejection.BAD_HELLO;
        }
        long channelCount = parseUnsigned(fields[2], 3);
        double rateHz = parseRate(fields[3]);
        if (channelCount < 1 || !(rateHz > 0)) {
            return Rejection.BAD_HELLO;
        }
        return new Hello(1, versionText(fields[1]), (int) channelCount, rateHz, announcedInputs(fields[1]));
    }

    /** The firmware field without its {@code inputs=} token. */
    private static String versionText(String firmwareField) {
        return Arrays.stream(firmwareField.split(" ", -1))
                .filter(token -> !token.startsWith(INPUTS_TOKEN))
                .collect(Collectors.joining(" "));
    }

    /** The known inputs of an {@code inputs=A+B} token; codes this bridge does not know are left out. */
    private static List<Input> announcedInputs(String firmwareField) {
        List<Input> inputs = new ArrayList<>();
        for (String token : firmwareField.split(" ")) {
            if (token.startsWith(INPUTS_TOKEN)) {
                for (String code : token.substring(INPUTS_TOKEN.length()).split("\\+")) {
                    Input input = InputLine.fromCode(code);
                    if (input != null && !inputs.contains(input)) {
                        inputs.add(input);
                    }
                }
            }
        }
        return inputs;
    }

    private static ParsedLine parseInput(byte[] line, int from, int end) {
        String[] fields = ascii(line, from, end).split(",", -1);
        if (fields.length != 4) {
            return Rejection.BAD_INPUT;
        }
        long seq = parseUnsigned(fields[0], 5);
        long micros = parseUnsigned(fields[1], 10);
        Input input = InputLine.fromCode(fields[2]);
        boolean stateKnown = fields[3].equals("0") || fields[3].equals("1");
        if (!seqAndClockInRange(seq, micros) || input == null || !stateKnown) {
            return Rejection.BAD_INPUT;
        }
        return new InputLine((int) seq, micros, input, fields[3].equals("1"));
    }

    private static ParsedLine parseEvent(byte[] line, int from, int end) {
        String fields = ascii(line, from, end);
        int comma = fields.indexOf(',');
        String code = comma < 0 ? fields : fields.substring(0, comma);
        if (code.isEmpty()) {
            return Rejection.BAD_EVENT;
        }
        return new DeviceEvent(code, comma < 0 ? "" : fields.substring(comma + 1));
    }

    private static double parseRate(String field) {
        if (field.isEmpty() || field.length() > 12 || !field.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A sequence number in 0..65535 and a device clock in 0..2^32-1 us (the -1 of a bad field is out of range). */
    private static boolean seqAndClockInRange(long seq, long micros) {
        return seq >= 0 && seq <= 0xFFFF && micros >= 0 && micros <= 0xFFFF_FFFFL;
    }

    /** {@link #parseUnsigned(byte[], int, int, int)} of a whole field. */
    private static long parseUnsigned(String field, int maxDigits) {
        byte[] bytes = field.getBytes(StandardCharsets.ISO_8859_1);
        return parseUnsigned(bytes, 0, bytes.length, maxDigits);
    }

    /** Digits only, at most {@code maxDigits}; -1 when not such a number. */
    private static long parseUnsigned(byte[] bytes, int from, int end, int maxDigits) {
        if (from >= end || end - from > maxDigits) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** An optional minus and up to 8 digits; Long.MIN_VALUE when not such a number. */
    private static long parseSigned(byte[] bytes, int from, int end) {
        boolean negative = bytes[from] == '-';
        long magnitude = parseUnsigned(bytes, negative ? from + 1 : from, end, 8);
        if (magnitude < 0) {
            return Long.MIN_VALUE;
        }
        return negative ? -magnitude : magnitude;
    }

    private static int parseUpperHex(byte[] bytes, int from, int end) {
        int value = 0;
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            int digit;
            if (b >= '0' && b <= '9') {
                digit = b - '0';
            } else if (b >= 'A' && b <= 'F') {
                digit = b - 'A' + 10;
            } else {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static int indexOf(byte[] bytes, int from, int end, byte wanted) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, int from, int end, byte wanted) {
        for (int i = end - 1; i >= from; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int count(byte[] bytes, int from, int end, byte wanted) {
        int n = 0;
        for (int i = from; i < end; i++) {
            if (bytes[i] == wanted) {
                n++;
            }
        }
        return n;
    }

    private static String ascii(byte[] bytes, int from, int end) {
        return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
