package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.dashboard.store.AtomicFiles;
import dev.ashiatsu.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrate command, talking to the user over stdin/stdout, on a scripted source. */
class CalibrateCommandTest {

    @TempDir
    Path dir;
    volatile double extraKg;

    @Test
    void calibratesACellFromTheTwoReadingsAndSavesTheTableConfig() throws Exception {
        Path tableFile = dir.resolve("table.yaml");
        AtomicFiles.write(tableFile, ConfigWriter.yaml(ConfigWriter.fields(TestTable.table())));
        Terminal terminal = new Terminal();
        CalibrateCommand command = new CalibrateCommand(terminal.stdin, (option, table) -> new LiveSource(
                new ScriptedSource(table, 80, t -> {
                    double[] kg = new double[6];
                    kg[2] = 0.005 * Math.sin(t / 29.0) + extraKg;
                    return kg;
                }), table, null, null));
        CompletableFuture<Integer> status = terminal.run(command, List.of("--source", "capture:unused", "--table",
                tableFile.toString(), "--cell", "foot-left", "--weight", "20", "--samples", "40"));
        terminal.await("press Enter");
        terminal.type("\n");
        terminal.await("Put 20.000 kg");
        extraKg = 20;
        terminal.type("\n");
        terminal.await("Save to");
        terminal.type("y\n");
        assertEquals(0, status.get(20, TimeUnit.SECONDS), terminal.shown());
        TableConfig saved = ConfigReader.readTable(tableFile);
        assertEquals(1000, saved.cells().get(2).countsPerKg(), 1.0);
        assertEquals(7900, saved.cells().get(2).offset(), 1.0);
        assertEquals(TestTable.table().cells().get(0), saved.cells().get(0));
    }

    @Test
    void refusesTheUnloadedReadingWithALoadOnTheTableAndSaysWhy() throws Exception {
        Path tableFile = dir.resolve("table.yaml");
        AtomicFiles.write(tableFile, ConfigWriter.yaml(ConfigWriter.fields(TestTable.table())));
        Terminal terminal = new Terminal();
        CalibrateCommand command = new CalibrateCommand(terminal.stdin, (option, table) -> new LiveSource(
                new ScriptedSource(table, 80, t -> new double[] {0, 0, 18 + 0.005 * Math.sin(t / 29.0), 0, 0, 0}),
                table, null, null));
        CompletableFuture<Integer> status = terminal.run(command, List.of("--source", "capture:unused", "--table",
                tableFile.toString(), "--cell", "foot-left", "--weight", "20", "--samples", "40"));
        terminal.await("press Enter");
        terminal.type("\n");
        assertEquals(1, status.get(20, TimeUnit.SECONDS), terminal.shown());
        String shown = terminal.shown();
        assertTrue(shown.contains("the unloaded reading refused: the phase is CLIENT with 18.0 kg on the table"), shown);
        assertEquals(TestTable.table(), ConfigReader.readTable(tableFile), "nothing saved");
    }

    @Test
    void calibratesANewTableWhoseOffsetsAreUnknownWhenToldItIsUncalibrated() throws Exception {
        List<CellConfig> placeholder = TestTable.table().cells().stream().map(c -> c.withCalibration(0, c.countsPerKg())).toList();
        TableConfig newTable = TestTable.table().withCells(placeholder);
        Path tableFile = dir.resolve("table.yaml");
        AtomicFiles.write(tableFile, ConfigWriter.yaml(ConfigWriter.fields(newTable)));
        Terminal terminal = new Terminal();
        TableConfig real = TestTable.table();
        CalibrateCommand command = new CalibrateCommand(terminal.stdin, (option, table) -> new LiveSource(
                new ScriptedSource(real, 80, t -> {
                    double[] kg = new double[6];
                    kg[2] = 0.005 * Math.sin(t / 29.0) + extraKg;
                    return kg;
                }), table, null, null));
        CompletableFuture<Integer> status = terminal.run(command, List.of("--source", "capture:unused", "--table",
                tableFile.toString(), "--cell", "foot-left", "--weight", "20", "--samples", "40", "--uncalibrated", "--yes"));
        terminal.await("press Enter");
        terminal.type("\n");
        terminal.await("Put 20.000 kg");
        extraKg = 20;
        terminal.type("\n");
        assertEquals(0, status.get(20, TimeUnit.SECONDS), terminal.shown());
        TableConfig saved = ConfigReader.readTable(tableFile);
        assertEquals(7900, saved.cells().get(2).offset(), 1.0);
        assertEquals(1000, saved.cells().get(2).countsPerKg(), 1.0);
    }

    @Test
    void refusesANonPositiveWeightAsBadUsage() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"calibrate", "--source", "sim:demo", "--data", dir.toString(), "--cell", "T1",
                "--weight", "0"}, out, out);
        assertEquals(2, status);
        assertTrue(screen.toString(StandardCharsets.UTF_8).contains("--weight must be a positive number"), screen.toString());
    }

    /** The user's side of the command: a keyboard piped to its stdin and a screen collecting what it prints. */
    private static final class Terminal {
        final PipedOutputStream keyboard = new PipedOutputStream();
        final PipedInputStream stdin;
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);

        Terminal() throws IOException {
            stdin = new PipedInputStream(keyboard);
        }

        /** Runs the command with these arguments on another thread; its exit status completes the future. */
        CompletableFuture<Integer> run(CalibrateCommand command, List<String> args) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return command.run(args, out, out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        void type(String keys) throws IOException {
            keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        String shown() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        void await(String text) {
            Await.until(Duration.ofSeconds(10), () -> shown().contains(text),
                    () -> "the command to print '" + text + "': " + shown());
        }
    }
}
