package dev.ashiatsu.bench.pi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses in a JVM's {@code -Xlog:gc:file=...} log (JDK 17's unified logging at level info), e.g.
 * {@code [12.345s][info][gc] GC(7) Pause Young (Allocation Failure) 9M->3M(30M) 1.234ms}.
 */
final class GcLog {

    /** One collection: when (s of JVM uptime), its kind, the heap before and after and its size (MB), the pause (ms). */
    record Pause(double uptimeS, String kind, double beforeMb, double afterMb, double heapMb, double pauseMs) {

        boolean full() {
            return kind.contains("Full");
        }
    }

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[([0-9.]+)s\\].*GC\\(\\d+\\) (Pause [A-Za-z ]+?) \\(.*\\) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");

    private GcLog() {
    }

    /** The pauses in the log's lines, in order; other lines are skipped. */
    static List<Pause> pauses(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.add(new Pause(Double.parseDouble(m.group(1)), m.group(2), mb(m.group(3), m.group(4)),
                        mb(m.group(5), m.group(6)), mb(m.group(7), m.group(8)), Double.parseDouble(m.group(9))));
            }
        }
        return pauses;
    }

    static List<Pause> read(Path log) throws IOException {
        return Files.exists(log) ? pauses(Files.readAllLines(log)) : List.of();
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }
}
