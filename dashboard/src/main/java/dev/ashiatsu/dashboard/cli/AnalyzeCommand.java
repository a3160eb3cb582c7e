package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.bridge.file.FrameReader;
import dev.ashiatsu.bridge.file.FrameReaders;
import dev.ashiatsu.bridge.file.InputException;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.InvalidField;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.Ranges;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.report.SessionAnalyzer;
import dev.ashiatsu.core.report.SessionReport;
import dev.ashiatsu.core.source.FrameSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ashiatsu analyze}: a recording CSV or a serial capture in, the JSON report out. */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "analyze a recording CSV or serial capture and print the JSON report";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu analyze --table FILE --client FILE --practitioner FILE --input FILE

                Runs a recorded session through the monitor and prints one JSON report on stdout:
                frames, durationS, clientBaselineKg, practitionerKg, practitionerEstimateKg, peakAppliedKg,
                peakFraction, secondsOverLimit, zones, alarms, presses and input counters (docs/design.md
                section 5). A recording that carries button presses is acted on as at the table: a client stop
                is a CLIENT_STOP alarm with the load it recorded (press), an acknowledge ends it.

                Options:
                  --table FILE         table config (YAML or JSON): cells in channel order, calibration
                  --client FILE        client profile (YAML or JSON): limits, height, crown position
                  --practitioner FILE  practitioner profile (YAML or JSON): weight
                  --input FILE         a recording CSV (t_ms,<cell ids>, kg) or a raw serial capture
                                       (protocol lines, optionally prefixed '@<epoch ms> '), told apart by content

                Every config is checked as docs/core.md says: an unknown or misspelt field, or a number out of
                its physical range (a crown off the table, a limit above 300 kg ...), is refused, never ignored.

                Exit status: 0 done; 2 bad usage, a bad config ('file: field: rule') or a bad row
                ('file:line: what is wrong', also for a line longer than 4096 bytes).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, Set.of("table", "client", "practitioner", "input"), Set.of());
        Path input = options.requirePath("input");
        TableConfig table;
        ClientProfile client;
        PractitionerProfile practitioner;
        Path clientFile = options.requirePath("client");
        try {
            table = ConfigReader.readTable(options.requirePath("table"));
            client = ConfigReader.readClient(clientFile);
            practitioner = ConfigReader.readPractitioner(options.requirePath("practitioner"));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            Ranges.checkFits(client, table);
        } catch (InvalidField e) {
            err.println(clientFile + ": " + e.getMessage());
            return 2;
        }
        SessionReport report;
        try {
            report = analyze(input, table, client, practitioner);
        } catch (InputException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(input + ": cannot be read (" + e.getMessage() + ")");
            return 2;
        }
        out.println(ReportJson.write(report));
        return 0;
    }

    /** Frames and presses go to the analyzer as to any sink, in the recording's order. */
    static SessionReport analyze(Path input, TableConfig table, ClientProfile client, PractitionerProfile practitioner)
            throws IOException {
        SessionAnalyzer analyzer = new SessionAnalyzer(table, client, practitioner);
        try (FrameReader reader = FrameReaders.open(input, table)) {
            feed(reader, analyzer);
            return analyzer.report(reader.counters());
        }
    }

    /**
     * Every frame of the recording to the sink, in order, each after the button presses read before it
     * ({@link FrameReader#takeInputs}, {@link FrameSink#input}); the presses after the last frame come last.
     */
    static void feed(FrameReader reader, FrameSink sink) throws IOException {
        Frame frame;
        while ((frame = reader.next()) != null) {
            reader.takeInputs().forEach(sink::input);
            sink.accept(frame);
        }
        reader.takeInputs().forEach(sink::input);
    }
}
