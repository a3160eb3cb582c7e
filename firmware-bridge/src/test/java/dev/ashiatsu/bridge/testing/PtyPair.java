package dev.ashiatsu.bridge.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.testing.Await;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat, linked as {@code ttyA} (the device end) and {@code ttyB} (the host
 * end) in a directory. Tests that need it are skipped, visibly, where socat is not installed.
 */
public final class PtyPair implements AutoCloseable {

    private final Path dir;
    private Process socat;

    private PtyPair(Path dir) {
        this.dir = dir;
    }

    /** Starts socat, or skips the calling test if socat is missing. */
    public static PtyPair start(Path dir) throws IOException {
        assumeTrue(socatInstalled(), "socat is not installed (apt-get install -y socat): pty tests skipped");
        PtyPair pair = new PtyPair(dir);
        pair.startSocat();
        return pair;
    }

    public static boolean socatInstalled() {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public Path deviceEnd() {
        return dir.resolve("ttyA");
    }

    public Path hostEnd() {
        return dir.resolve("ttyB");
    }

    /** Ends socat (the ptys vanish) and waits for it to exit and its links to go. */
    public void kill() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        Await.until(Duration.ofSeconds(5), () -> !Files.exists(deviceEnd()) && !Files.exists(hostEnd()),
                () -> "socat's links to go");
    }

    /** Starts socat again with the same links. */
    public void restart() throws IOException {
        startSocat();
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            kill();
        }
    }

    private void startSocat() throws IOException {
        socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + deviceEnd(), "pty,raw,echo=0,link=" + hostEnd())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        Await.until(Duration.ofSeconds(5), () -> Files.exists(deviceEnd()) && Files.exists(hostEnd()),
                () -> "socat's links in " + dir);
    }
}
