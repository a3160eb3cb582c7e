package dev.ashiatsu.bench.pi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The Pi budget run. Run through {@code benchmarks/pi-budget.sh} (which builds the jars and pins this
 * process off the server's core); {@code --help} lists the options. Writes {@code summary.txt},
 * {@code samples.csv}, {@code gc.log} and {@code serve.log} into the output directory and prints the summary.
 */
public final class PiBudget {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to run. {@code javaOpts} is the whole of {@code ASHIATSU_JAVA_OPTS} but the GC log. */
    record Settings(Path repo, Path scenario, Path out, int seconds, int warmupS, int viewers, String javaOpts, int pinnedCore,
                    int nice, Path review, int reviewEveryS) {
    }

    /** What the run measured, beyond the samples. */
    record Measured(List<Sample> samples, List<Viewer> viewers, Distribution updatesPerSecond, Distribution updateDelayMs,
                    Distribution overLimitDelayMs, double measuredS, long[] updatesMeasured, Reviewer reviewer, String ended) {
    }

    private PiBudget() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = settings(args);
        Files.createDirectories(settings.out());
        Path data = Files.createDirectories(settings.out().resolve("data"));
        List<String> reviewed = settings.review() == null ? List.of() : copySessions(settings.review(), data);
        Path gcLog = settings.out().resolve("gc.log");
        String javaOpts = settings.javaOpts() + " -Xlog:gc:file=" + gcLog;
        double loadBefore = ProcFiles.loadAverage();
        Measured measured;
        try (ServedTable table = ServedTable.start(settings.repo(), settings.scenario(), data, settings.out().resolve("serve.log"),
                javaOpts, settings.pinnedCore(), settings.nice())) {
            URI base = table.awaitUrl(Duration.ofMinutes(3));
            measured = run(settings, table, base, data, reviewed);
        }
        String summary = BudgetReport.summary(settings, javaOpts, measured, GcLog.read(gcLog), loadBefore, ProcFiles.loadAverage());
        Files.writeString(settings.out().resolve("summary.txt"), summary);
        List<String> rows = new ArrayList<>(List.of(Sample.CSV_HEADER));
        measured.samples().forEach(s -> rows.add(s.csv()));
        Files.write(settings.out().resolve("samples.csv"), rows);
        System.out.print(summary);
    }

    /** Connects the viewers, samples every second (update counts) and every 10 s (the server), until the time is up. */
    static Measured run(Settings settings, ServedTable table, URI base, Path data, List<String> reviewed) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Distribution updatesPerSecond = new Distribution();
        Distribution updateDelayMs = new Distribution();
        Distribution overLimitDelayMs = new Distribution();
        AtomicBoolean measuring = new AtomicBoolean();
        List<Viewer> viewers = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/live");
        for (int i = 0; i < settings.viewers(); i++) {
            Viewer viewer = new Viewer(updateDelayMs, overLimitDelayMs, measuring::get);
            viewers.add(viewer);
            sockets.add(http.newWebSocketBuilder().buildAsync(ws, viewer).get(30, TimeUnit.SECONDS));
        }
        Reviewer reviewer = reviewed.isEmpty() ? null : new Reviewer(http, base, reviewed);
        ScheduledExecutorService reviews = Executors.newSingleThreadScheduledExecutor();
        if (reviewer != null) {
            reviews.scheduleWithFixedDelay(reviewer::openNext, settings.warmupS(), settings.reviewEveryS(), TimeUnit.SECONDS);
        }
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long[] lastCounts = counts(viewers);
        long[] atWarmup = null;
        long[] windowStart = lastCounts;
        double serverCpuBefore = table.cpuSeconds();
        int watchedCore = Math.max(0, settings.pinnedCore());
        ProcFiles.CoreTicks coreBefore = ProcFiles.readCore(watchedCore);
        double lastSampleS = 0;
        String ended = "the time was up";
        for (int second = 1; second <= settings.seconds(); second++) {
            long due = start + TimeUnit.SECONDS.toNanos(second);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long[] now = counts(viewers);
            if (measuring.get()) {
                for (int v = 0; v < now.length; v++) {
                    updatesPerSecond.add(now[v] - lastCounts[v]);
                }
            }
            lastCounts = now;
            if (second == settings.warmupS()) {
                measuring.set(true);
                atWarmup = now;
            }
            if (!table.alive()) {
                ended = "serve exited after " + second + " s (see serve.log)";
                break;
            }
            if (second % 10 == 0 || second == settings.seconds()) {
                double cpu = table.cpuSeconds();
                ProcFiles.CoreTicks core = ProcFiles.readCore(watchedCore);
                double interval = second - lastSampleS;
                samples.add(sample(http, base, table, data, reviewed, second, 100 * (cpu - serverCpuBefore) / interval,
                        core == null || coreBefore == null ? Double.NaN : 100 * core.busySince(coreBefore),
                        slowest(windowStart, now, interval)));
                serverCpuBefore = cpu;
                coreBefore = core;
                windowStart = now;
                lastSampleS = second;
            }
            if (viewers.stream().anyMatch(v -> v.closed)) {
                ended = "a viewer was disconnected after " + second + " s";
                break;
            }
        }
        reviews.shutdownNow();
        reviews.awaitTermination(70, TimeUnit.SECONDS);
        sockets.forEach(WebSocket::abort);
        long[] end = counts(viewers);
        long[] measuredUpdates = new long[end.length];
        for (int v = 0; v < end.length; v++) {
            measuredUpdates[v] = end[v] - (atWarmup == null ? 0 : atWarmup[v]);
        }
        double measuredS = Math.max(0, (System.nanoTime() - start) / 1e9 - settings.warmupS());
        return new Measured(samples, viewers, updatesPerSecond, updateDelayMs, overLimitDelayMs, measuredS, measuredUpdates, reviewer, ended);
    }

    private static Sample sample(HttpClient http, URI base, ServedTable table, Path data, List<String> reviewed, double atS,
                                 double serverCpuPct, double coreBusyPct, double slowestViewer) throws Exception {
        JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode jvm = health.path("jvm");
        ProcFiles.Memory memory = ProcFiles.readMemory(table.pid());
        return new Sample(atS, health.path("framesIn").asLong(), health.path("framesDropped").asLong(),
                health.path("sampleRateHz").asDouble(), health.path("liveClients").asInt(),
                jvm.path("heapAfterGcBytes").asDouble() / (1 << 20), jvm.path("heapUsedBytes").asDouble() / (1 << 20),
                memory.rssKb() / 1024.0, memory.hwmKb() / 1024.0, serverCpuPct, coreBusyPct, ProcFiles.loadAverage(),
                journalBytes(data, reviewed), slowestViewer);
    }

    private static double slowest(long[] from, long[] to, double seconds) {
        double slowest = Double.MAX_VALUE;
        for (int v = 0; v < to.length; v++) {
            slowest = Math.min(slowest, (to[v] - from[v]) / seconds);
        }
        return slowest;
    }

    private static long[] counts(List<Viewer> viewers) {
        return viewers.stream().mapToLong(v -> v.updates.get()).toArray();
    }

    /** Copies the recorded sessions of {@code seed} (a data directory) into {@code data}; returns their ids in order. */
    private static List<String> copySessions(Path seed, Path data) throws IOException {
        Path from = seed.resolve("sessions");
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("--review " + seed + ": no sessions directory in it");
        }
        Path to = Files.createDirectories(data.resolve("sessions"));
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".journal") || name.endsWith(".summary.json")) {
                    // with their times: a journal newer than its summary would be read whole at start to rebuild it
                    Files.copy(file, to.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
                if (name.endsWith(".journal")) {
                    ids.add(name.substring(0, name.length() - ".journal".length()));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("--review " + seed + ": no recorded session (*.journal) in " + from);
        }
        return ids;
    }

    /** The size of the journals in {@code data} but those copied in for review. */
    private static long journalBytes(Path data, List<String> copied) throws IOException {
        Path sessions = data.resolve("sessions");
        if (!Files.isDirectory(sessions)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(sessions)) {
            return files.filter(f -> f.toString().endsWith(".journal"))
                    .filter(f -> !copied.contains(f.getFileName().toString().replace(".journal", "")))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static Settings settings(String[] args) throws IOException {
        Map<String, String> o = Options.parse(args, Map.ofEntries(Map.entry("repo", "."),
                Map.entry("scenario", "benchmarks/pi-budget.yaml"), Map.entry("out", ""), Map.entry("seconds", "120"),
                Map.entry("warmup", "30"), Map.entry("viewers", "5"), Map.entry("heap", ""), Map.entry("java-opts", ""),
                Map.entry("core", "0"), Map.entry("nice", "-10"), Map.entry("review", ""), Map.entry("review-every", "60")));
        Path repo = Path.of(o.get("repo")).toAbsolutePath().normalize();
        int seconds = Options.integer(o, "seconds", 20, 7 * 24 * 3600);
        int warmup = Options.integer(o, "warmup", 0, seconds - 10);
        int core = Options.integer(o, "core", -1, 1023);
        String javaOpts = o.get("java-opts").isBlank()
                ? (o.get("heap").isBlank() ? Launcher.defaultJavaOpts(repo)
                        : Launcher.defaultJavaOpts(repo).replaceAll("-Xmx\\S+", "") + " -Xmx" + o.get("heap"))
                + (core >= 0 ? " -XX:ActiveProcessorCount=1" : "")
                : o.get("java-opts");
        Path out = o.get("out").isBlank()
                ? repo.resolve("benchmarks/target/pi-budget-" + System.currentTimeMillis() / 1000) : Path.of(o.get("out"));
        return new Settings(repo, repo.resolve(o.get("scenario")), out.toAbsolutePath(), seconds, warmup,
                Options.integer(o, "viewers", 1, 200), javaOpts.trim().replaceAll("\\s+", " "), core,
                Options.integer(o, "nice", -20, 19), o.get("review").isBlank() ? null : Path.of(o.get("review")).toAbsolutePath(),
                Options.integer(o, "review-every", 1, 3600));
    }
}
