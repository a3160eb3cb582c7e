package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.recorder.journal.SessionData;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes a recorded session in the two public file formats (design.md section 5), so that it can be
 * analysed, replayed as a source, or shared:
 * <ul>
 *   <li>{@link Format#CSV}: the recording CSV; times in ms from the first frame, each cell's load in kg
 *       (raw counts through the session's calibration), written with enough digits to read back as the
 *       same double, so {@code analyze} on it raises the same alarms as the live monitor did;</li>
 *   <li>{@link Format#CAPTURE}: a serial capture, {@code @<epoch ms> <line>}: a hello, then one data
 *       line per frame with the raw counts (kg recordings are turned back into counts, rounded), the
 *       device clock in microseconds from the first frame and the sequence number.</li>
 * </ul>
 */
public final class SessionExport {

    /** The export formats, by their command-line and URL names. */
    public enum Format {
        CSV("csv", "text/csv"),
        CAPTURE("capture", "text/plain");

        private final String id;
        private final String mediaType;

        Format(String id, String mediaType) {
            this.id = id;
            this.mediaType = mediaType;
        }

        public String id() {
            return id;
        }

        public String mediaType() {
            return mediaType;
        }

        public String fileName(String sessionId) {
            return sessionId + (this == CSV ? ".csv" : ".capture");
        }

        /** The format of a name; {@link IllegalArgumentException} naming the choices otherwise. */
        public static Format of(String name) {
            for (Format format : values()) {
                if (format.id.equals(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("format must be 'csv' or 'capture', was '" + name + "'");
        }
    }

    private SessionExport() {
    }

    public static void write(SessionData s, Format format, Writer out) throws IOException {
        if (format == Format.CSV) {
            csv(s, out);
        } else {
            capture(s, out);
        }
        out.flush();
    }

    static void csv(SessionData s, Writer out) throws IOException {
        TableConfig table = s.info().table();
        out.write("# ashiatsu session " + s.id() + ", started " + Instant.ofEpochMilli(s.info().startedAtEpochMs())
                + ", table " + oneLine(table.name()) + ", client " + oneLine(s.info().client().id())
                + ", practitioner " + oneLine(s.info().practitioner().id()) + "\n");
        out.write("# t_ms is ms from the first frame; loads are kg-force, unfiltered\n");
        StringBuilder line = new StringBuilder("t_ms");
        for (CellConfig cell : table.cells()) {
            line.append(',').append(cell.id());
        }
        out.write(line.append('\n').toString());
        double t0 = s.frames() > 0 ? s.tMs()[0] : 0;
        for (int i = 0; i < s.frames(); i++) {
            line.setLength(0);
            line.append(plain(s.tMs()[i] - t0));
            for (int c = 0; c < table.channelCount(); c++) {
                line.append(',');
                double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
                if (!Double.isNaN(value)) {
                    line.append(plain(s.inKg() ? value : table.cells().get(c).toKg(value)));
                }
            }
            out.write(line.append('\n').toString());
        }
    }

    static void capture(SessionData s, Writer out) throws IOException {
        TableConfig table = s.info().table();
        long startedAt = s.info().startedAtEpochMs();
        out.write("@" + startedAt + " " + LineEncoder.hello("recorded", table.channelCount(),
                (int) Math.round(table.sampleRateHz())));
        double t0 = s.frames() > 0 ? s.tMs()[0] : 0;
        long[] counts = new long[table.channelCount()];
        for (int i = 0; i < s.frames(); i++) {
            for (int c = 0; c < counts.length; c++) {
                double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
                if (Double.isNaN(value)) {
                    counts[c] = LineEncoder.MISSING;
                } else {
                    counts[c] = Math.round(s.inKg() ? table.cells().get(c).toRaw(value) : value);
                }
            }
            double sinceStartMs = s.tMs()[i] - t0;
            out.write("@" + (startedAt + Math.round(sinceStartMs)) + " "
                    + LineEncoder.data(i, Math.round(sinceStartMs * 1000), counts));
        }
    }

    /** The shortest decimal that reads back as the same double, never in exponent form. */
    static String plain(double value) {
        String text = BigDecimal.valueOf(value).toPlainString();
        if (text.indexOf('.') >= 0) {
            int end = text.length();
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
            text = text.substring(0, end);
        }
        return text.equals("-0") ? "0" : text;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
