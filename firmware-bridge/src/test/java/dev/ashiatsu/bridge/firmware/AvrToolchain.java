package dev.ashiatsu.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Builds the real sketch for an AVR board with Debian's arduino-builder and its Arduino core, and the simavr
 * rig (firmware/avr-test/uno_rig.c) with gcc, into target/firmware-avr, once per test run. Skips the calling test, with the
 * missing part named, where the toolchain is not installed (.ci/run installs it). Public for the dashboard's
 * table-to-alarm latency run (this module's test-jar).
 */
public final class AvrToolchain {

    /** firmware-bridge/firmware, from this module's folder or from a sibling module's. */
    static final Path FIRMWARE = (Files.isDirectory(Path.of("firmware", "ashiatsu_bridge")) ? Path.of("firmware")
            : Path.of("..", "firmware-bridge", "firmware")).toAbsolutePath().normalize();
    private static final Path BUILD = Path.of("target", "firmware-avr").toAbsolutePath();
    private static final Path CORE = Path.of("/usr/share/arduino/hardware");
    private static final Path BUILDER_PLATFORM = Path.of("/usr/share/arduino-builder");
    /** What this JVM has built already: built once a run, so an edited source is never run stale. */
    private static final Set<Path> BUILT = new HashSet<>();

    /** A built firmware: its ELF and the data addresses (as avr-nm prints them) of its symbols. */
    public record Firmware(String fqbn, Path elf, Map<String, Long> symbols) {
        public long address(String symbol) {
            Long address = symbols.get(symbol);
            assertTrue(address != null, symbol + " not in " + elf);
            return address;
        }
    }

    private AvrToolchain() {
    }

    /** Skips the calling test unless every tool the emulation needs is installed. */
    public static void assumeInstalled() {
        String install = " is missing (apt-get install -y simavr libsimavr-dev libelf-dev gcc-avr avr-libc "
                + "arduino-builder arduino-core-avr gcc): emulated-Arduino tests skipped";
        for (String tool : List.of("arduino-builder", "gcc", "avr-nm", "avr-gcc")) {
            assumeTrue(onPath(tool), tool + install);
        }
        for (Path file : List.of(CORE.resolve("arduino/avr/boards.txt"), BUILDER_PLATFORM.resolve("platform.txt"),
                Path.of("/usr/include/simavr/sim_avr.h"), Path.of("/usr/include/libelf.h"))) {
            assumeTrue(Files.exists(file), file + install);
        }
    }

    /**
     * Compiles firmware/ashiatsu_bridge for {@code fqbn} with {@code -DASHIATSU_CHANNELS=channels} and any
     * further {@code defines} ("NAME=value"; the Debian core needs {@code -DDECIMAL_DIG=17} for WString.cpp).
     */
    public static synchronized Firmware sketch(String fqbn, int channels, String... defines) throws Exception {
        assumeInstalled();
        StringBuilder flags = new StringBuilder("-DDECIMAL_DIG=17 -DASHIATSU_CHANNELS=" + channels);
        StringBuilder name = new StringBuilder(fqbn + "-" + channels + "ch");
        for (String define : defines) {
            flags.append(" -D").append(define);
            name.append('-').append(define);
        }
        Path buildPath = BUILD.resolve(name.toString().replaceAll("[^A-Za-z0-9]+", "-"));
        Path elf = buildPath.resolve("ashiatsu_bridge.ino.elf");
        if (BUILT.add(elf)) {
            Files.createDirectories(buildPath);
            run(List.of("arduino-builder", "-compile", "-hardware", CORE.toString(),
                    "-hardware", BUILDER_PLATFORM.toString(), "-tools", "/usr/bin", "-fqbn", fqbn,
                    "-build-path", buildPath.toString(), "-warnings", "all",
                    "-prefs", "compiler.cpp.extra_flags=" + flags,
                    FIRMWARE.resolve("ashiatsu_bridge/ashiatsu_bridge.ino").toString()));
        }
        Map<String, Long> symbols = new HashMap<>();
        for (String line : run(List.of("avr-nm", "-C", elf.toString())).split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3) {
                symbols.put(parts[2], Long.parseLong(parts[0], 16));
            }
        }
        return new Firmware(fqbn, elf, symbols);
    }

    /** Compiles the simavr rig, or reuses this run's build of it. */
    public static synchronized Path rig() throws Exception {
        assumeInstalled();
        Path executable = BUILD.resolve("uno_rig");
        if (BUILT.add(executable)) {
            Files.createDirectories(BUILD);
            run(List.of("gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror",
                    FIRMWARE.resolve("avr-test/uno_rig.c").toString(), "-o", executable.toString(),
                    "-lsimavr", "-lelf"));
        }
        return executable;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), command.get(0) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }
}
