package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.review.SessionExport;
import dev.ashiatsu.dashboard.review.SessionExport.Format;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.CorruptJournalException;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code ashiatsu export}: a recorded session out as a recording CSV or a serial capture, or its strokes as CSV. */
final class ExportCommand implements Command {

    static final String DEFAULT_DATA = "data";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a recorded session as a recording CSV or a serial capture, or its strokes as CSV";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu export [--data DIR] --session ID --format csv|capture|strokes [--output FILE]
                       ashiatsu export [--data DIR] --list

                Writes a recorded session in one of the public formats (docs/design.md section 5):
                  csv      the recording CSV: t_ms from the first frame, each cell's load in kg
                           (feed it to 'ashiatsu analyze' to get the alarms the live monitor raised)
                  capture  a serial capture: '@<epoch ms> ' and a protocol line per frame (raw counts)
                  strokes  the session's strokes, one CSV row each (docs/review.md, "Strokes in the export"):
                           stroke,start_ms,end_ms,duration_ms,zones,peak_kg,peak_fraction,impulse_kg_s,
                           time_to_peak_ms,loading_rate_kg_per_s,extra_peaks (times from the first frame)

                Options:
                  --data DIR      the data directory (default: data); sessions are in DIR/sessions
                  --session ID    the session, e.g. 20261122-020000-1a2b (see --list)
                  --format F      csv, capture or strokes
                  --output FILE   where to write (default: standard output); with a file (csv, capture), the
                                  table, client and practitioner go beside it as FILE.table.yaml,
                                  FILE.client.yaml and FILE.practitioner.yaml, so analyze reads the export
                                  in one line
                  --list          list the recorded sessions, one a line: id, start, client, practitioner,
                                  length, alarms, frames not recorded, and the damage of a damaged journal
                                  (DAMAGED: bytes skipped; UNREADABLE: why it cannot be read)

                Exit status: 0 done; 1 the session could not be read or written; 2 bad usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, Set.of("data", "session", "format", "output"), Set.of("list"));
        SessionStore store = new SessionStore(Path.of(options.get("data", DEFAULT_DATA)).resolve("sessions"));
        if (options.has("list")) {
            store.list().forEach(s -> out.println(listLine(s)));
            return 0;
        }
        String id = options.require("session");
        Format format;
        try {
            format = Format.of(options.require("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        if (!store.exists(id)) {
            err.println("ashiatsu export: no session '" + id + "' in " + store.dir() + " (ashiatsu export --list shows them)");
            return 2;
        }
        SessionData session;
        try {
            session = store.load(id);
        } catch (IOException | CorruptJournalException e) {
            err.println("ashiatsu export: " + store.dir().resolve(id + ".journal") + ": " + e.getMessage());
            return 1;
        }
        if (options.has("output")) {
            Path output = Path.of(options.require("output"));
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                SessionExport.write(session, format, writer);
            }
            if (format == Format.STROKES) {
                err.println("ashiatsu export: wrote the strokes of " + id + " to " + output);
            } else {
                writeConfigsBeside(output, session, format);
                err.println("ashiatsu export: wrote " + session.frames() + " frames of " + id + " to " + output
                        + " and its table, client and practitioner beside it (" + output + ".table.yaml, ...)");
            }
        } else {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            SessionExport.write(session, format, writer);
        }
        return 0;
    }

    /** One line of {@code --list}: id, start, who, length, alarms, and any damage to its journal. */
    static String listLine(SessionSummary s) {
        String start = java.time.Instant.ofEpochMilli(s.startedAt()).toString();
        if (s.unreadable() != null) {
            return String.format(Locale.ROOT, "%s  %s  UNREADABLE: %s", s.id(), start, s.unreadable());
        }
        String line = String.format(Locale.ROOT, "%s  %s  client %s  practitioner %s  %.0f s  %d alarms", s.id(), start,
                s.clientId(), s.practitionerId(), s.durationS(), s.alarmCount());
        if (s.framesLost() > 0) {
            line += String.format(Locale.ROOT, "  %d frames not recorded", s.framesLost());
        }
        if (s.damagedBytes() > 0) {
            line += String.format(Locale.ROOT, "  DAMAGED: %d bytes skipped, %.1f s between intact frames",
                    s.damagedBytes(), s.damagedSpanS());
        }
        return line;
    }

    /**
     * Writes the session's table, client and practitioner beside the export, as {@code simulate} does, so
     * {@code analyze --table OUT.table.yaml --client OUT.client.yaml --practitioner OUT.practitioner.yaml
     * --input OUT} reads it back in one line. A CSV holds kg, so its table's cells have offset 0 and
     * countsPerKg 1; a capture keeps the recorded calibration.
     */
    private static void writeConfigsBeside(Path output, SessionData session, Format format) throws IOException {
        SessionInfo info = session.info();
        TableConfig table = info.table();
        if (format == Format.CSV) {
            table = table.withCells(table.cells().stream().map(c -> c.withCalibration(0, 1)).toList());
        }
        Files.writeString(Path.of(output + ".table.yaml"), ConfigWriter.yaml(ConfigWriter.fields(table)));
        Files.writeString(Path.of(output + ".client.yaml"), ConfigWriter.yaml(ConfigWriter.fields(info.client())));
        Files.writeString(Path.of(output + ".practitioner.yaml"),
                ConfigWriter.yaml(ConfigWriter.fields(info.practitioner())));
    }
}
