package dev.ashiatsu.dashboard.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.source.Clock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live stream under load: N WebSocket clients on one server fed at a given rate, for a given time.
 * Each update carries the wall-clock time its frame entered the server ({@code frameEpochUs}); a client
 * takes the delay to the moment the update reaches it (same machine, same clock). Reports p50/p99/max of
 * that delay over every update received after a warm-up, the updates each client got per second, and the
 * server's CPU and memory (when it runs in its own process, see {@link #main}).
 *
 * <p>Run: {@code mvn -B -o -q -pl dashboard -am verify -Dtest=LiveLoadRun -Dsurefire.failIfNoSpecifiedTests=false
 * -Dload.seconds=300} (options: {@code -Dload.clients=50 -Dload.rateHz=80}).
 */
public final class LiveLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run measured. */
    record Report(int clients, double seconds, long updates, long alarms, double p50Ms, double p99Ms, double p999Ms,
                  double maxMs, double updatesPerClientPerSecond, List<Sample> server) {
    }

    /** The server process at one moment: CPU used so far (s), resident memory and heap after the last GC (MB). */
    record Sample(double atS, double cpuS, double rssMb, double heapAfterGcMb, double heapUsedMb) {
    }

    private LiveLoad() {
    }

    /** Forks the server, runs the clients, prints the report. */
    public static Report main(int clients, int seconds, double rateHz) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(javaBin, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LoadServer.class.getName(), Double.toString(rateHz)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("URL ")) {
                continue;
            }
            if (line == null) {
                throw new IllegalStateException("the load server did not start");
            }
            URI base = URI.create(line.substring(4));
            Report report = run(base, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(Math.min(10, seconds / 5)),
                    server.toHandle());
            print(report, rateHz);
            return report;
        } finally {
            server.getOutputStream().close();
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs {@code clients} live clients against {@code base} for {@code duration}; delays are counted after
     * {@code warmup}. {@code serverProcess} (or null) is sampled every 10 s for CPU and memory.
     */
    static Report run(URI base, int clients, Duration duration, Duration warmup, ProcessHandle serverProcess) throws Exception {
        LatencyHistogram histogram = new LatencyHistogram();
        AtomicLong updates = new AtomicLong();
        AtomicLong alarms = new AtomicLong();
        long countFromUs = Clock.SYSTEM.epochMicros() + warmup.toNanos() / 1000;
        HttpClient http = HttpClient.newHttpClient();
        List<WebSocket> sockets = new ArrayList<>();
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/live");
        for (int i = 0; i < clients; i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(ws, new Client(histogram, updates, alarms, countFromUs)).get(10, TimeUnit.SECONDS));
        }
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long measuredFrom = start + warmup.toNanos();
        long updatesAtWarmup = -1;
        long nextSample = start;
        while (System.nanoTime() < end) {
            if (updatesAtWarmup < 0 && System.nanoTime() >= measuredFrom) {
                updatesAtWarmup = updates.get();
            }
            if (System.nanoTime() >= nextSample) {
                samples.add(sample(http, base, serverProcess, (System.nanoTime() - start) / 1e9));
                nextSample += TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(50);
        }
        samples.add(sample(http, base, serverProcess, (System.nanoTime() - start) / 1e9));
        sockets.forEach(WebSocket::abort);
        double measuredS = (end - measuredFrom) / 1e9;
        long measuredUpdates = updates.get() - Math.max(0, updatesAtWarmup);
        return new Report(clients, duration.toSeconds(), histogram.total(), alarms.get(), histogram.percentileMs(0.50),
                histogram.percentileMs(0.99), histogram.percentileMs(0.999), histogram.percentileMs(1.0),
                measuredUpdates / (double) clients / measuredS, samples);
    }

    private static Sample sample(HttpClient http, URI base, ProcessHandle process, double atS) throws Exception {
        JsonNode jvm = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("jvm");
        double cpuS = Double.NaN;
        double rssMb = Double.NaN;
        if (process != null) {
            cpuS = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            if (Files.isReadable(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rssMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            }
        }
        return new Sample(atS, cpuS, rssMb, jvm.path("heapAfterGcBytes").asDouble() / 1e6, jvm.path("heapUsedBytes").asDouble() / 1e6);
    }

    private static void print(Report report, double rateHz) {
        System.out.printf("live load: %d clients, %.0f s, input %.0f Hz, %d cores (%s, %s %s)%n", report.clients(), report.seconds(),
                rateHz, Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("frame-in to client delay over %d updates: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                report.updates(), report.p50Ms(), report.p99Ms(), report.p999Ms(), report.maxMs());
        System.out.printf("updates per client: %.1f /s; alarm messages received: %d%n", report.updatesPerClientPerSecond(), report.alarms());
        System.out.println("server samples (t s, cpu s, rss MB, heap after GC MB, heap used MB):");
        Sample previous = null;
        for (Sample s : report.server()) {
            String cpu = previous == null ? "" : String.format("  cpu %.1f %% of one core", 100 * (s.cpuS() - previous.cpuS()) / (s.atS() - previous.atS()));
            System.out.printf("  %6.1f %7.2f %7.1f %7.1f %7.1f%s%n", s.atS(), s.cpuS(), s.rssMb(), s.heapAfterGcMb(), s.heapUsedMb(), cpu);
            previous = s;
        }
        Sample first = report.server().get(0);
        Sample last = report.server().get(report.server().size() - 1);
        System.out.printf("server CPU: %.1f %% of one core on average%n", 100 * (last.cpuS() - first.cpuS()) / (last.atS() - first.atS()));
    }

    /** The whole number after {@code key} in {@code text}, or -1. */
    static long number(String text, String key) {
        int at = text.indexOf(key);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        for (int i = at + key.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** One browser stand-in: counts updates and alarms, records each update's delay. */
    private static final class Client implements WebSocket.Listener {
        private final LatencyHistogram histogram;
        private final AtomicLong updates;
        private final AtomicLong alarms;
        private final long countFromUs;
        private final StringBuilder partial = new StringBuilder();

        Client(LatencyHistogram histogram, AtomicLong updates, AtomicLong alarms, long countFromUs) {
            this.histogram = histogram;
            this.updates = updates;
            this.alarms = alarms;
            this.countFromUs = countFromUs;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long nowUs = Clock.SYSTEM.epochMicros();
            partial.append(data);
            if (last) {
                // a light look at the text, so the clients' own work stays small next to the server's
                String text = partial.toString();
                if (text.startsWith("{\"type\":\"update\"")) {
                    long frameUs = number(text, "\"frameEpochUs\":");
                    if (frameUs > 0) {
                        updates.incrementAndGet();
                        if (frameUs >= countFromUs) {
                            histogram.record(nowUs - frameUs);
                        }
                    }
                } else if (text.startsWith("{\"type\":\"alarm\"")) {
                    alarms.incrementAndGet();
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
