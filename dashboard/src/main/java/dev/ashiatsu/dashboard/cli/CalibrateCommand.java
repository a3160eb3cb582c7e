package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.TareCheck;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.dashboard.calibration.CalibrationMath;
import dev.ashiatsu.dashboard.calibration.CalibrationRejected;
import dev.ashiatsu.dashboard.calibration.Reading;
import dev.ashiatsu.dashboard.store.AtomicFiles;
import dev.ashiatsu.dashboard.store.DataDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * {@code ashiatsu calibrate}: calibrates one cell with a known weight, asking the user to unload and load
 * it, and writes the result to the table config (the same arithmetic and refusals as the wizard page).
 */
final class CalibrateCommand implements Command {

    private final InputStream in;
    private final BiFunction<String, TableConfig, LiveSource> opener;

    CalibrateCommand() {
        this(System.in, (option, table) -> LiveSource.open(option, table, 1));
    }

    /** @param opener opens the {@code --source} option for the given table (tests pass a scripted one) */
    CalibrateCommand(InputStream in, BiFunction<String, TableConfig, LiveSource> opener) {
        this.in = in;
        this.opener = opener;
    }

    @Override
    public String name() {
        return "calibrate";
    }

    @Override
    public String summary() {
        return "calibrate a load cell with a known weight and save it to the table config";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu calibrate --source SOURCE --cell ID --weight KG [options]

                Calibrates one cell: asks you to take every load off it, then to put a known weight right over it,
                reads the cell each time, shows the new offset and counts per kg, and saves them to the table
                config. Refuses a weight that is not positive, an unsteady reading, a change too small to measure
                and a reading that goes the other way from the existing calibration, saying why. The unloaded
                reading is refused, with the reason, unless the table is empty and still by the existing
                calibration (it waits up to 10 s for stillness); a new table's first calibration needs
                --uncalibrated.

                  --source SOURCE   serial:/dev/ttyUSB0[@115200], gpio:<config file> or capture:FILE (raw counts;
                                    see serve --help)
                  --cell ID         the cell to calibrate, as in the table config
                  --weight KG       the known weight in kg
                  --table FILE      the table config to read and update (default DATA/table.yaml)
                  --data DIR        the data directory (default ./data)
                  --samples N       samples per reading (default 80)
                  --yes             save without asking
                  --uncalibrated    the table config has never been calibrated (a new table): its readings
                                    mean nothing, so the unloaded reading skips the empty-table check;
                                    you confirm that nothing is on the table
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, Set.of("source", "cell", "weight", "table", "data", "samples"), Set.of("yes", "uncalibrated"));
        DataDirectory data = new DataDirectory(Path.of(options.get("data", "data")));
        Path tableFile = options.has("table") ? options.requirePath("table") : data.tableFile();
        String source = options.require("source");
        boolean sourceKnowsItsTable = source.startsWith("sim:") || source.startsWith("gpio:");
        TableConfig table = readTable(tableFile, options.has("table") || !sourceKnowsItsTable);
        double weightKg = weight(options.require("weight"));
        int samples = options.integer("samples", 80, 10, 5000);
        LiveSource live = opener.apply(source, table);
        table = live.table();
        int channel = table.indexOf(options.require("cell"));
        if (channel < 0) {
            live.source().close();
            throw new UsageException("--cell: no cell '" + options.require("cell") + "' in " + tableFile);
        }
        CellConfig cell = table.cells().get(channel);
        BufferedReader answers = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Tap tap = new Tap(channel, new Monitor(table, ServeCommand.UNASSIGNED_CLIENT,
                ServeCommand.UNASSIGNED_PRACTITIONER, AlarmListener.NONE));
        live.source().start(tap);
        try {
            out.println("Take every load off cell " + cell.id() + " (nothing on the table), keep still, then press Enter.");
            answers.readLine();
            Reading zero = CalibrationMath.requireSteady(cell, tap.capture(samples, table.sampleRateHz(),
                    !options.has("uncalibrated")), "unloaded");
            out.printf("Unloaded: %.1f counts (spread %.1f)%n", zero.meanCounts(), zero.sdCounts());
            out.printf("Put %.3f kg right over cell %s, keep still, then press Enter.%n", weightKg, cell.id());
            answers.readLine();
            Reading loaded = tap.capture(samples, table.sampleRateHz(), false);
            CellConfig result = CalibrationMath.calibrate(cell, zero, loaded, weightKg);
            out.printf("Cell %s: offset %.1f -> %.1f, countsPerKg %.3f -> %.3f%n", cell.id(), cell.offset(),
                    result.offset(), cell.countsPerKg(), result.countsPerKg());
            if (!options.has("yes")) {
                out.println("Save to " + tableFile + "? [y/N]");
                String answer = answers.readLine();
                if (answer == null || !answer.trim().toLowerCase().startsWith("y")) {
                    out.println("Not saved.");
                    return 1;
                }
            }
            TableConfig updated = table.withCells(table.cells().stream().map(c -> c.id().equals(cell.id()) ? result : c).toList());
            AtomicFiles.write(tableFile, ConfigWriter.yaml(ConfigWriter.fields(updated)));
            out.println("Saved to " + tableFile);
            return 0;
        } catch (CalibrationRejected e) {
            err.println("ashiatsu calibrate: " + e.getMessage());
            return 1;
        } finally {
            live.source().close();
        }
    }

    private static TableConfig readTable(Path file, boolean required) {
        try {
            return required || file.toFile().isFile() ? ConfigReader.readTable(file) : null;
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double weight(String text) {
        try {
            double kg = Double.parseDouble(text);
            if (!(kg > 0) || Double.isInfinite(kg)) {
                throw new UsageException("--weight must be a positive number of kg, was " + text);
            }
            return kg;
        } catch (NumberFormatException e) {
            throw new UsageException("--weight must be a number of kg, was '" + text + "'");
        }
    }

    /**
     * Collects one channel's raw samples on request, on the source's thread. Every frame also goes through
     * a monitor of the table as configured, which says whether the table is empty and steady: an unloaded
     * reading is refused with the reason at once if the table is not empty; on an empty table it waits up
     * to {@value #SETTLE_MS} ms (on the frames' clock) for the load to be steady, and is refused if it is
     * not then or stops being so (the dashboard's wizard and tare follow the same rule).
     */
    private static final class Tap implements FrameSink {
        static final double SETTLE_MS = 10_000;

        private final int channel;
        private final Monitor monitor;
        private volatile Collecting collecting;

        Tap(int channel, Monitor monitor) {
            this.channel = channel;
            this.monitor = monitor;
        }

        Reading capture(int samples, double rateHz, boolean unloaded) throws Exception {
            Collecting now = new Collecting(new double[samples], unloaded);
            collecting = now;
            long waitS = 5 + (long) Math.ceil(samples / rateHz) + (unloaded ? (long) (SETTLE_MS / 1000) : 0);
            try {
                return Reading.of(now.done.get(waitS, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                throw new IOException("the source gave no frames for " + samples + " samples: is it connected?");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof CalibrationRejected rejected ? rejected : e;
            } finally {
                collecting = null;
            }
        }

        @Override
        public void accept(Frame frame) {
            monitor.accept(frame);
            Collecting now = collecting;
            if (now == null || now.done.isDone()) {
                return;
            }
            if (frame.inKg()) {
                now.done.completeExceptionally(new CalibrationRejected(
                        "the source gives kg, not raw counts: calibrate on the sensor source (serial, GPIO or capture)"));
                return;
            }
            if (now.unloaded && !unloadedSafe(now, frame.tMs())) {
                return;
            }
            if (frame.hasValue(channel) && now.count < now.values.length) {
                now.values[now.count++] = frame.values()[channel];
                if (now.count == now.values.length) {
                    now.done.complete(now.values);
                }
            }
        }

        /** Whether this frame may count toward an unloaded reading; refuses the reading when it never can. */
        private boolean unloadedSafe(Collecting now, double tMs) {
            TareCheck check = monitor.tareCheck();
            if (check.safe()) {
                return true;
            }
            if (Double.isNaN(now.firstMs)) {
                now.firstMs = tMs;
            }
            boolean onlyUnsteady = check.phase() == Phase.EMPTY && check.automaticEmpty();
            if (!onlyUnsteady || now.count > 0 || tMs - now.firstMs > SETTLE_MS) {
                now.done.completeExceptionally(new CalibrationRejected("the unloaded reading refused: " + check.reason()
                        + " (a table never calibrated reads nonsense: then use --uncalibrated, with the table empty)"));
            }
            return false;
        }

        private static final class Collecting {
            final double[] values;
            final boolean unloaded;
            final CompletableFuture<double[]> done = new CompletableFuture<>();
            double firstMs = Double.NaN;
            int count;

            Collecting(double[] values, boolean unloaded) {
                this.values = values;
                this.unloaded = unloaded;
            }
        }
    }
}
