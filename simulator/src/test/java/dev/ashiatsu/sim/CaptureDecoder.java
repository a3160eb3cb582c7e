package dev.ashiatsu.sim;

import dev.ashiatsu.bridge.protocol.Crc16;
import dev.ashiatsu.core.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately minimal reader of protocol lines for these tests (the bridge's own decoder was not on
 * main when they were written): checks the checksum, keeps data lines with the right value count, and
 * counts what it rejects and the hellos it sees. Times come from a caller-supplied clock per line.
 */
final class CaptureDecoder {

    final List<Frame> frames = new ArrayList<>();
    int rejected;
    int hellos;
    private final int channels;

    CaptureDecoder(int channels) {
        this.channels = channels;
    }

    /** Takes one line without its LF; returns the frame it held, or null. */
    Frame line(String line, double tMs) {
        int star = line.lastIndexOf('*');
        if (star < 0 || line.length() - star != 5) {
            rejected++;
            return null;
        }
        String body = line.substring(0, star);
        if (!String.format(Locale.ROOT, "%04X", Crc16.of(body)).equals(line.substring(star + 1))) {
            rejected++;
            return null;
        }
        String[] fields = body.split(",", -1);
        if (fields[0].equals("H")) {
            hellos++;
            return null;
        }
        if (!fields[0].equals("D") || fields.length != 3 + channels) {
            rejected++;
            return null;
        }
        double[] values = new double[channels];
        for (int i = 0; i < channels; i++) {
            String field = fields[3 + i];
            values[i] = field.isEmpty() ? Double.NaN : Long.parseLong(field);
        }
        Frame frame = Frame.ofRaw(tMs, values);
        frames.add(frame);
        return frame;
    }

    /** Reads a whole capture ({@code @<epoch ms> <line>} per line), times relative to {@code startEpochMs}. */
    static CaptureDecoder ofCapture(List<String> lines, int channels, long startEpochMs) {
        CaptureDecoder decoder = new CaptureDecoder(channels);
        for (String line : lines) {
            int space = line.indexOf(' ');
            double tMs = Long.parseLong(line.substring(1, space)) - startEpochMs;
            decoder.line(line.substring(space + 1), tMs);
        }
        return decoder;
    }
}
