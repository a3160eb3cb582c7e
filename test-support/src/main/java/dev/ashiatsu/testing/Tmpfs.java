package dev.ashiatsu.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for full-disk tests: a 1 MB tmpfs mounted on a test's directory (root only). Mounting
 * answers the reason it was refused, so the test can skip visibly with it
 * ({@code assumeTrue(refused == null, ...)}); unmounting that fails is an {@link AssertionError}.
 */
public final class Tmpfs {

    /** The size of the file system mounted, as {@code mount -o size=} takes it. */
    public static final String SIZE = "1m";

    private Tmpfs() {
    }

    /** Mounts a {@link #SIZE} tmpfs on {@code mountPoint}; null when mounted, else why it could not be. */
    public static String mount(Path mountPoint) throws InterruptedException {
        String refused = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", mountPoint.toString());
        return refused == null ? null : "a 1 MB tmpfs could not be mounted (root needed): " + refused;
    }

    /** Unmounts {@code mountPoint}; fails with the command's output when it cannot. */
    public static void unmount(Path mountPoint) throws InterruptedException {
        String failed = run("umount", mountPoint.toString());
        if (failed != null) {
            throw new AssertionError("umount " + mountPoint + ": " + failed);
        }
    }

    /** Writes {@code filler} until its file system refuses more ("No space left"); other errors are thrown. */
    public static void fill(Path filler) throws IOException {
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            while (true) {
                page.clear();
                channel.write(page);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    /** Runs a command; null when it succeeded, else its output and exit status. */
    private static String run(String... command) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + ": timed out";
        }
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            output = "(output unreadable: " + e.getMessage() + ")";
        }
        return process.exitValue() == 0 ? null : String.join(" ", command) + " exited " + process.exitValue() + ": " + output;
    }
}
