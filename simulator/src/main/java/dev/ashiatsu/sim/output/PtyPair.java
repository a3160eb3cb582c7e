package dev.ashiatsu.sim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat: bytes written to {@link #simulatorEnd()} come out of
 * {@link #applicationEnd()}. Both are symlinks in a directory of the caller's choosing. Closing ends the
 * socat process this object started (by its handle, nothing else).
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path simulatorEnd;
    private final Path applicationEnd;
    private final Thread stopOnExit;

    private PtyPair(Process socat, Path simulatorEnd, Path applicationEnd) {
        this.socat = socat;
        this.simulatorEnd = simulatorEnd;
        this.applicationEnd = applicationEnd;
        this.stopOnExit = new Thread(socat::destroy, "pty-pair-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** True when socat can be run here. */
    public static boolean socatAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts socat and waits (up to 5 s) until both links exist.
     *
     * @param dir where the links {@code ttySim} (write here) and {@code ttyApp} (read here) are made
     */
    public static PtyPair open(Path dir) throws IOException {
        if (!socatAvailable()) {
            throw new IOException("socat is not installed (Debian package 'socat'); it makes the pseudo-terminal pair");
        }
        Files.createDirectories(dir);
        Path sim = dir.resolve("ttySim");
        Path app = dir.resolve("ttyApp");
        Files.deleteIfExists(sim);
        Files.deleteIfExists(app);
        Process process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + sim, "pty,raw,echo=0,link=" + app)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(sim) && Files.exists(app))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IOException("socat did not make the pseudo-terminal pair in " + dir);
            }
            try {
                process.waitFor(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                throw new IOException("interrupted while starting socat", e);
            }
        }
        return new PtyPair(process, sim, app);
    }

    public Path simulatorEnd() {
        return simulatorEnd;
    }

    public Path applicationEnd() {
        return applicationEnd;
    }

    /** Ends socat (also done when the JVM exits, e.g. on Ctrl-C) and removes the links if socat left them. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down: the hook ends socat
        }
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
        try {
            Files.deleteIfExists(simulatorEnd);
            Files.deleteIfExists(applicationEnd);
        } catch (IOException e) {
            // a link socat did not remove is harmless and is replaced by the next open
        }
    }
}
