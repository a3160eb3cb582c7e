package dev.ashiatsu.dashboard.load;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ClinicLoad} when asked with {@code -Dclinic.tables=N -Dclinic.minutes=M} (optionally
 * {@code -Dclinic.sampleSeconds=S}, default 10); skipped (visibly) otherwise. It measures, it asserts nothing
 * about speed: it prints the report and writes it to {@code target/clinic-load-N<n>-<UTC time>.txt}; the figures
 * go to docs/performance.md.
 */
public class ClinicLoadRun {

    @Test
    void measuresAClinicUploadingToOneServer(@TempDir Path work) throws Exception {
        String tables = System.getProperty("clinic.tables");
        String minutes = System.getProperty("clinic.minutes");
        assumeTrue(tables != null && minutes != null,
                "the clinic load run runs only on request: -Dclinic.tables=10 -Dclinic.minutes=10 (see docs/performance.md)");
        run(Integer.parseInt(tables), Double.parseDouble(minutes), work);
    }

    /**
     * The same run outside JUnit (for a prepared class path, so that a shared measurement lock is not held
     * while Maven builds): {@code args} are the tables, the minutes and optionally the work directory (else a
     * new temporary one).
     */
    public static void main(String[] args) throws Exception {
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("clinic-load");
        run(Integer.parseInt(args[0]), Double.parseDouble(args[1]), work);
        System.exit(0);
    }

    private static void run(int tables, double minutes, Path work) throws Exception {
        Duration duration = Duration.ofMillis(Math.round(minutes * 60_000));
        Duration sampleEvery = Duration.ofSeconds(Long.getLong("clinic.sampleSeconds", 10));
        ClinicReport report = ClinicLoad.run(tables, ClinicScenario.file(), duration, sampleEvery, work, System.out);
        String text = report.text();
        System.out.println(text);
        Path out = Path.of("target", "clinic-load-N" + tables + "-"
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("written to " + out.toAbsolutePath());
    }
}
