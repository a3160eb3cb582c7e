package dev.ashiatsu.dashboard.review;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page printed to PDF by headless chromium ({@code --print-to-pdf}, as a trainer's "Save as PDF"), read
 * back with poppler's {@code pdftotext}, {@code pdfinfo} and {@code pdfimages} (Debian: chromium,
 * poppler-utils). {@link #missingTool()} says which is not installed, for a visible skip.
 */
final class PrintedPdf {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final String[] POPPLER = {"pdftotext", "pdfinfo", "pdfimages"};
    private static final Pattern PAGES = Pattern.compile("(?m)^Pages:\\s+(\\d+)$");
    private static final Pattern SIZE = Pattern.compile("(?m)^Page size:\\s+([0-9.]+) x ([0-9.]+) pts");

    final Path file;

    private PrintedPdf(Path file) {
        this.file = file;
    }

    /** Null when every tool is installed, else the one missing and how to get it. */
    static String missingTool() {
        if (!CHROMIUM.canExecute()) {
            return "no /usr/bin/chromium: apt-get install chromium";
        }
        for (String tool : POPPLER) {
            if (onPath(tool) == null) {
                return "no " + tool + ": apt-get install poppler-utils";
            }
        }
        return null;
    }

    /**
     * Prints {@code url} to {@code file}. The virtual time budget lets the page's fetches and drawing finish
     * before chromium prints (headless prints at the load event otherwise, before any script has fetched).
     */
    static PrintedPdf print(String url, Path file) throws IOException, InterruptedException {
        run(List.of(CHROMIUM.getPath(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=20000", "--no-pdf-header-footer", "--print-to-pdf=" + file, url), file.getParent());
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("chromium wrote no PDF to " + file + " for " + url);
        }
        return new PrintedPdf(file);
    }

    /** The text in reading order (pdftotext without -layout: columns one after the other). */
    String text() throws IOException, InterruptedException {
        return run(List.of("pdftotext", file.toString(), "-"), file.getParent());
    }

    /** The text laid out as on the page (pdftotext -layout): a table's row stays on one line. */
    String layoutText() throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-layout", file.toString(), "-"), file.getParent());
    }

    int pages() throws IOException, InterruptedException {
        return Integer.parseInt(field(PAGES, run(List.of("pdfinfo", file.toString()), file.getParent())).group(1));
    }

    /** The first page's size in points (A4: 595 x 842). */
    double[] pageSizePts() throws IOException, InterruptedException {
        Matcher m = field(SIZE, run(List.of("pdfinfo", file.toString()), file.getParent()));
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    /** Raster images in the PDF (a chart drawn on a canvas prints as one). */
    int images() throws IOException, InterruptedException {
        String list = run(List.of("pdfimages", "-list", file.toString()), file.getParent());
        return (int) list.lines().skip(2).filter(line -> !line.isBlank()).count();
    }

    private static Matcher field(Pattern pattern, String text) throws IOException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IOException("pdfinfo did not say " + pattern + ": " + text);
        }
        return m;
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish in 120 s");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
        }
        return text;
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
