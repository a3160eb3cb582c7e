package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command's contract for bad input: exit status 2 and one line naming file, line and fault. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String[] analyze(Path input) throws Exception {
        Path table = write("table.yaml", """
                name: t
                lengthCm: 190
                widthCm: 72
                sampleRateHz: 50
                cells:
                  - {id: T1, role: table, xCm: 4, yCm: 4, offset: 0, countsPerKg: 1}
                  - {id: T2, role: table, xCm: 186, yCm: 4, offset: 0, countsPerKg: 1}
                  - {id: B1, role: bar, offset: 0, countsPerKg: 1}
                """);
        Path client = write("client.yaml", "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\n");
        Path practitioner = write("practitioner.yaml", "id: p\nweightKg: 60\n");
        return new String[] {"analyze", "--table", table.toString(), "--client", client.toString(),
            "--practitioner", practitioner.toString(), "--input", input.toString()};
    }

    @Test
    void aGoodRecordingGivesAReport() throws Exception {
        Path csv = write("ok.csv", "# a comment\nt_ms,T1,T2,B1\n0,1,1,0\n20,1,,0\n40.5,1,1,0\n");
        assertEquals(0, run(analyze(csv)), stderr);
        assertTrue(stdout.contains("\"frames\" : 3"), stdout);
        assertTrue(stdout.contains("\"clientBaselineKg\" : null"), stdout);
    }

    @Test
    void aNonNumberIsExitTwoNamingFileAndLine() throws Exception {
        Path csv = write("bad.csv", "t_ms,T1,T2,B1\n0,1,1,0\n20,1,x1,0\n");
        assertEquals(2, run(analyze(csv)));
        assertEquals(csv + ":3: field 3 is not a number: 'x1'", stderr.strip());
        assertEquals("", stdout);
    }

    @Test
    void timeGoingBackwardsIsExitTwo() throws Exception {
        Path csv = write("back.csv", "t_ms,T1,T2,B1\n0,1,1,0\n20,1,1,0\n10,1,1,0\n");
        assertEquals(2, run(analyze(csv)));
        assertTrue(stderr.startsWith(csv + ":4: t_ms goes backwards"), stderr);
    }

    @Test
    void aShortRowAndAnUnknownColumnAreExitTwo() throws Exception {
        Path shortRow = write("short.csv", "t_ms,T1,T2,B1\n0,1,1\n");
        assertEquals(2, run(analyze(shortRow)));
        assertEquals(shortRow + ":2: expected 4 fields, found 3", stderr.strip());

        Path unknown = write("unknown.csv", "t_ms,T1,T9,B1\n");
        assertEquals(2, run(analyze(unknown)));
        assertEquals(unknown + ":1: column 'T9' is not a cell of the table config", stderr.strip());
    }

    @Test
    void aBadProfileIsExitTwoNamingTheField() throws Exception {
        String[] args = analyze(write("ok.csv", "t_ms,T1,T2,B1\n0,1,1,0\n"));
        write("practitioner.yaml", "id: p\nweightKg: -3\n");
        assertEquals(2, run(args));
        assertEquals(dir.resolve("practitioner.yaml") + ": weightKg: must be in [20, 300] kg, was -3", stderr.strip());
    }

    @Test
    void aMissingInputIsExitTwo() throws Exception {
        assertEquals(2, run(analyze(dir.resolve("nowhere.csv"))));
        assertTrue(stderr.contains("nowhere.csv"), stderr);
    }

    @Test
    void helpListsTheCommandsAndTheOptions() {
        assertEquals(0, run("--help"));
        assertTrue(stdout.contains("analyze"));
        assertEquals(0, run("analyze", "--help"));
        assertTrue(stdout.contains("--practitioner FILE"));
        assertEquals(2, run("analyze", "--bogus"));
        assertTrue(stderr.contains("unknown option --bogus"));
    }

    @Test
    void absurdNumbersBinaryTextAndOverlongLinesAreExitTwoWithTheLine() throws Exception {
        Path huge = write("huge.csv", "t_ms,T1,T2,B1\n0,1,1,0\n20,1e308,1,0\n");
        assertEquals(2, run(analyze(huge)));
        assertEquals(huge + ":3: field 2 is out of range: 1e308", stderr.strip());

        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {'t', '_', 'm', 's', ',', 'T', '1', ',', 'T', '2', ',', 'B', '1', '\n',
            '0', ',', (byte) 0xff, (byte) 0xfe, ',', '1', ',', '0', '\n'});
        assertEquals(2, run(analyze(binary)));
        assertEquals(binary + ":2: not UTF-8 text", stderr.strip());

        Path longLine = write("long.csv", "t_ms,T1,T2,B1\n0,1,1," + "9".repeat(5000) + "\n");
        assertEquals(2, run(analyze(longLine)));
        assertEquals(longLine + ":2: line longer than 4096 bytes", stderr.strip());
    }

    @Test
    void aByteOrderMarkAndIndentedCommentsAreAccepted() throws Exception {
        Path csv = write("bom.csv", "\uFEFF  # exported by a spreadsheet\nt_ms,T1,T2,B1\n   # note\n0,1,1,0\n");
        assertEquals(0, run(analyze(csv)), stderr);
        assertTrue(stdout.contains("\"frames\" : 1"), stdout);
    }

    @Test
    void aMisspeltLimitIsExitTwoNamingTheFileTheFieldAndTheNearestName() throws Exception {
        String[] args = analyze(write("ok.csv", "t_ms,T1,T2,B1\n0,1,1,0\n"));
        Path client = write("client.yaml", "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\nmaxfraction: 0.6\n");
        assertEquals(2, run(args));
        assertTrue(stderr.startsWith(client + ": maxfraction: is not a known field; did you mean maxFraction?"), stderr);
        assertEquals("", stdout);
    }

    @Test
    void aCrownOffTheTableIsExitTwoNamingTheRange() throws Exception {
        String[] args = analyze(write("ok.csv", "t_ms,T1,T2,B1\n0,1,1,0\n"));
        Path client = write("client.yaml", "id: c\nheightCm: 170\ncrownXcm: 300\nmaxAppliedKg: 30\n");
        assertEquals(2, run(args));
        assertEquals(client + ": crownXcm: must be in [-50, 240] cm on a 190 cm long table, was 300", stderr.strip());
    }

    @Test
    void aCellFarOffTheTableIsExitTwoNamingTheCell() throws Exception {
        String[] args = analyze(write("ok.csv", "t_ms,T1,T2,B1\n0,1,1,0\n"));
        Path table = dir.resolve("table.yaml");
        Files.writeString(table, Files.readString(table).replace("xCm: 186", "xCm: 1e308"));
        assertEquals(2, run(args));
        assertEquals(table + ": cells[1].xCm: must be in [-50, 450] cm, was 1.0E308", stderr.strip());
    }

    /**
     * A first line of 300 MB (a sparse file of NUL bytes, no newline) under a 64 MB heap: the line is never
     * held in memory, and the answer is the usual exit 2 naming file and line (not an OutOfMemoryError).
     */
    @Test
    void aHugeFirstLineIsExitTwoWithoutHoldingItInMemory() throws Exception {
        Path input = dir.resolve("one-line.csv");
        try (var file = new RandomAccessFile(input.toFile(), "rw")) {
            file.setLength(300L << 20);
        }
        String[] args = analyze(input);
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "analyze did not finish");
        String errors = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(2, process.exitValue(), errors);
        assertEquals(input + ":1: line longer than 4096 bytes", errors.strip());
    }
}
