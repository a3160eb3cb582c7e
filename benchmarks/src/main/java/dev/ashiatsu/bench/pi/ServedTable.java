package dev.ashiatsu.bench.pi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table under test: {@code ashiatsu serve} on the simulator with a session recording, started through the
 * repository's launcher exactly as a user starts it (the launcher execs java, so the process is the JVM), with
 * the JVM options in {@code ASHIATSU_JAVA_OPTS}, optionally pinned to one core with {@code taskset} and at
 * another priority with {@code nice}. Its
 * output goes to a log file; {@link #close()} stops it as Ctrl-C or systemd does (SIGTERM).
 */
final class ServedTable implements AutoCloseable {

    private static final Pattern URL_LINE = Pattern.compile("dashboard on .* at (http://\\S+)");

    private final Process process;
    private final Path log;

    private ServedTable(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code serve} from the repository at {@code repo} on {@code sim:<scenario>}, data in {@code data}.
     *
     * @param pinnedCore the core to pin it to, or -1 for none
     * @param nice       its scheduling priority (docs/hardware.md's unit runs it at -10; 0 leaves it as this process's)
     */
    static ServedTable start(Path repo, Path scenario, Path data, Path log, String javaOpts, int pinnedCore, int nice)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (nice != 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(nice)));
        }
        if (pinnedCore >= 0) {
            command.addAll(List.of("taskset", "-c", Integer.toString(pinnedCore)));
        }
        command.addAll(List.of(repo.resolve("ashiatsu").toString(), "serve", "--source", "sim:" + scenario,
                "--data", data.toString(), "--port", Integer.toString(freePort()), "--start-session"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ASHIATSU_JAVA_OPTS", javaOpts);
        return new ServedTable(builder.start(), log);
    }

    /** Waits for the line that announces the dashboard's URL; fails with the log when the server exits or takes too long. */
    URI awaitUrl(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = URL_LINE.matcher(Files.readString(log));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("serve exited with " + process.exitValue() + "; its log (" + log + "):\n"
                        + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("serve did not announce its URL within " + timeout + "; its log: " + log);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** CPU time (s) the process has used so far, or NaN. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
