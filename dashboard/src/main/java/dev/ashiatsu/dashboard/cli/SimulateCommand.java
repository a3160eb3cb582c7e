package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.sim.output.ExportRequest;
import dev.ashiatsu.sim.output.SimulationExport;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ashiatsu simulate}: a scripted session from the simulator into a file, a serial device or a pty. */
public final class SimulateCommand implements Command {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "run a simulator scenario into a recording CSV, a capture, a serial port or a pty";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu simulate --scenario NAME|FILE [--seed N] [--duration S]
                                         (--csv FILE | --capture FILE | --serial PATH | --pty)
                                         [--truth FILE] [--plot FILE.png] [--realtime]

                Plays a scripted session (the table, a client lying prone, a practitioner on the bars) through
                physically faithful load cells with HX711 noise, drift and creep, and the scenario's faults.
                Bundled scenarios: %s; or a scenario YAML file (format: docs/simulator.md).

                Options:
                  --scenario NAME|FILE  a bundled scenario or a scenario YAML file
                  --seed N              the noise seed (default 1): the same seed gives the same bytes
                  --duration S          stop after S seconds instead of the scenario's own duration
                  --csv FILE            write a recording CSV (kg), with FILE.table.yaml (offset 0, countsPerKg 1),
                                        FILE.client.yaml and FILE.practitioner.yaml beside it
                  --capture FILE        write a serial capture ('@<epoch ms> <line>'), with the real calibration
                                        in FILE.table.yaml and the profiles beside it
                  --serial PATH         send the serial protocol to a device, in real time (115200 8N1)
                  --pty                 make a pseudo-terminal pair with socat, print the end to read, and send
                                        to it in real time
                  --truth FILE          also write the alarms the rules demand on the noise-free signal (JSON)
                  --plot FILE.png       also draw the session: applied load, limit and alarms over time
                  --realtime            pace a file output in real time (the serial outputs always are)

                Then, for example:
                  ashiatsu analyze --table out.csv.table.yaml --client out.csv.client.yaml \\
                    --practitioner out.csv.practitioner.yaml --input out.csv

                Exit status: 0 done; 1 an output failed; 2 bad usage or a bad scenario ('file: field: rule').
                """.formatted(String.join(", ", Scenarios.BUNDLED));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, Set.of("scenario", "seed", "duration", "csv", "capture", "serial",
                "truth", "plot"), Set.of("pty", "realtime"));
        String scenario = options.require("scenario");
        long seed = seed(options.get("seed", "1"));
        Double duration = duration(options.get("duration", null));
        List<String> chosen = Set.of("csv", "capture", "serial", "pty").stream().filter(options::has).sorted().toList();
        if (chosen.size() != 1) {
            throw new UsageException("give exactly one output: --csv FILE, --capture FILE, --serial PATH or --pty"
                    + (chosen.isEmpty() ? "" : " (got --" + String.join(", --", chosen) + ")"));
        }
        ExportRequest.Kind kind = ExportRequest.Kind.valueOf(chosen.get(0).toUpperCase(java.util.Locale.ROOT));
        Path target = kind == ExportRequest.Kind.PTY ? null : Path.of(options.require(chosen.get(0)));
        ExportRequest request = new ExportRequest(scenario, seed, duration, kind, target, path(options, "truth"),
                options.has("realtime"), path(options, "plot"), null);
        try {
            new SimulationExport(request, out, Clock.SYSTEM).run();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        return 0;
    }

    private static Path path(Options options, String name) {
        String value = options.get(name, null);
        return value == null ? null : Path.of(value);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, was '" + text + "'");
        }
    }

    private static Double duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0 && seconds <= 86_400)) {
                throw new UsageException("--duration must be between 0 and 86400 seconds, was " + text);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException("--duration must be a number of seconds, was '" + text + "'");
        }
    }
}
