package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.bridge.capture.CaptureWriter;
import dev.ashiatsu.bridge.file.CsvRecordingWriter;
import dev.ashiatsu.bridge.protocol.LineEncoder;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStats;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes a recorded session in the two public file formats (design.md section 5), so that it can be
 * analysed, replayed as a source, or shared, and its strokes as a table:
 * <ul>
 *   <li>{@link Format#CSV}: the recording CSV; times in ms from the first frame, each cell's load in kg
 *       (raw counts through the session's calibration), written with enough digits to read back as the
 *       same double, so {@code analyze} on it raises the same alarms as the live monitor did; the client
 *       stops and their acknowledgements ({@link RecordedPresses}) as {@code #input} lines before the row
 *       of the frame that followed them;</li>
 *   <li>{@link Format#CAPTURE}: a serial capture, {@code @<epoch ms> <line>}: a hello, then one data
 *       line per frame with the raw counts (kg recordings are turned back into counts, rounded), the
 *       device clock in microseconds from the first frame and the sequence number; the presses as input
 *       lines ({@code I}, the press only, no release), the hello announcing the buttons when there are any;</li>
 *   <li>{@link Format#STROKES}: the session's strokes, one CSV row each ({@link StrokeCsv}), segmented from the
 *       recorded estimates as the session page shows them.</li>
 * </ul>
 */
public final class SessionExport {

    /** The export formats, by their command-line and URL names. */
    public enum Format {
        CSV("csv", "text/csv"),
        CAPTURE("capture", "text/plain"),
        STROKES("strokes", "text/csv");

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
            return sessionId + switch (this) {
                case CSV -> ".csv";
                case CAPTURE -> ".capture";
                case STROKES -> ".strokes.csv";
            };
        }

        /** The format of a name; {@link IllegalArgumentException} naming the choices otherwise. */
        public static Format of(String name) {
            for (Format format : values()) {
                if (format.id.equals(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("format must be 'csv', 'capture' or 'strokes', was '" + name + "'");
        }
    }

    private SessionExport() {
    }

    public static void write(SessionData s, Format format, Writer out) throws IOException {
        switch (format) {
            case CSV -> csv(s, out);
            case CAPTURE -> capture(s, out);
            case STROKES -> StrokeCsv.write(SessionStats.of(s).strokes(), s.frames() > 0 ? s.tMs()[0] : 0, out);
        }
        out.flush();
    }

    static void csv(SessionData s, Writer out) throws IOException {
        TableConfig table = s.info().table();
        CsvRecordingWriter csv = new CsvRecordingWriter(out, table, List.of(
                "ashiatsu session " + s.id() + ", started " + Instant.ofEpochMilli(s.info().startedAtEpochMs())
                        + ", table " + oneLine(table.name()) + ", client " + oneLine(s.info().client().id())
                        + ", practitioner " + oneLine(s.info().practitioner().id()),
                "t_ms is ms from the first frame; loads are kg-force, unfiltered"), CsvRecordingWriter.Numbers.EXACT);
        double t0 = s.frames() > 0 ? s.tMs()[0] : 0;
        double[] kg = new double[table.channelCount()];
        List<InputEvent> presses = RecordedPresses.of(s);
        int next = 0;
        for (int i = 0; i < s.frames(); i++) {
            for (; next < presses.size() && presses.get(next).tMs() < s.tMs()[i]; next++) {
                csv.press(Math.max(0, presses.get(next).tMs() - t0), presses.get(next).input());
            }
            for (int c = 0; c < kg.length; c++) {
                double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
                kg[c] = Double.isNaN(value) || s.inKg() ? value : table.cells().get(c).toKg(value);
            }
            csv.row(s.tMs()[i] - t0, kg);
        }
        for (; next < presses.size(); next++) {
            csv.press(Math.max(0, presses.get(next).tMs() - t0), presses.get(next).input());
        }
        csv.flush();
    }

    static void capture(SessionData s, Writer out) throws IOException {
        TableConfig table = s.info().table();
        CaptureWriter capture = new CaptureWriter(out);
        long startedAt = s.info().startedAtEpochMs();
        List<InputEvent> presses = RecordedPresses.of(s);
        List<Input> buttons = presses.isEmpty() ? List.of() : List.of(Input.values());
        capture.line(startedAt, LineEncoder.hello("recorded", table.channelCount(),
                (int) Math.round(table.sampleRateHz()), buttons));
        double t0 = s.frames() > 0 ? s.tMs()[0] : 0;
        long[] counts = new long[table.channelCount()];
        int next = 0;
        for (int i = 0; i < s.frames(); i++) {
            for (; next < presses.size() && presses.get(next).tMs() < s.tMs()[i]; next++) {
                press(capture, startedAt, next, presses.get(next), t0);
            }
            for (int c = 0; c < counts.length; c++) {
                double value = c < s.values().length ? s.values()[c][i] : Double.NaN;
                if (Double.isNaN(value)) {
                    counts[c] = LineEncoder.MISSING;
                } else {
                    counts[c] = Math.round(s.inKg() ? table.cells().get(c).toRaw(value) : value);
                }
            }
            double sinceStartMs = s.tMs()[i] - t0;
            capture.line(startedAt + Math.round(sinceStartMs),
                    LineEncoder.data(i, Math.round(sinceStartMs * 1000), counts));
        }
        for (; next < presses.size(); next++) {
            press(capture, startedAt, next, presses.get(next), t0);
        }
        capture.flush();
    }

    /** The {@code seq}th press as an input line, timed as the data lines are (ms from the first frame). */
    private static void press(CaptureWriter capture, long startedAt, int seq, InputEvent press, double t0)
            throws IOException {
        double sinceStartMs = Math.max(0, press.tMs() - t0);
        capture.line(startedAt + Math.round(sinceStartMs),
                LineEncoder.input(seq, Math.round(sinceStartMs * 1000), press.input(), true));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
