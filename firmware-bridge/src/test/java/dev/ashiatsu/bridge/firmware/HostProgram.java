package dev.ashiatsu.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Compiles firmware sources with the host's g++ into target/firmware-host and runs the result. */
final class HostProgram {

    static final Path FIRMWARE = Path.of("firmware");
    private static final Path BUILD = Path.of("target", "firmware-host");

    private final Path executable;

    private HostProgram(Path executable) {
        this.executable = executable;
    }

    /** Compiles, or skips the calling test when g++ is not installed; fails on any compiler warning. */
    static HostProgram compile(String name, List<String> includeDirs, String... sources) throws Exception {
        assumeTrue(gppInstalled(), "g++ is not installed (apt-get install -y g++): firmware host tests skipped");
        Files.createDirectories(BUILD);
        Path executable = BUILD.resolve(name);
        List<String> command = new ArrayList<>(List.of("g++", "-std=c++11", "-Wall", "-Wextra", "-Werror", "-O1"));
        for (String include : includeDirs) {
            command.add("-I" + FIRMWARE.resolve(include));
        }
        for (String source : sources) {
            command.add("-x");
            command.add("c++");
            command.add(FIRMWARE.resolve(source).toString());
        }
        command.add("-o");
        command.add(executable.toString());
        Process gpp = new ProcessBuilder(command).redirectErrorStream(true).start();
        String messages = new String(gpp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gpp.waitFor(120, TimeUnit.SECONDS), "g++ did not finish");
        assertEquals(0, gpp.exitValue(), "g++ failed: " + String.join(" ", command) + "\n" + messages);
        return new HostProgram(executable);
    }

    /** Runs the program with {@code input} on stdin and returns its stdout bytes. */
    byte[] run(String input) throws Exception {
        Process process = new ProcessBuilder(executable.toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.ISO_8859_1));
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), executable + " did not finish");
        assertEquals(0, process.exitValue(), executable + " failed");
        return output.get(60, TimeUnit.SECONDS);
    }

    private static boolean gppInstalled() {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "g++"))) {
                return true;
            }
        }
        return false;
    }
}
