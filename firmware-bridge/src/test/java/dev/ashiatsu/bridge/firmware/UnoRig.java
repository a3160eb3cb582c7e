package dev.ashiatsu.bridge.firmware;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A running firmware/avr-test/uno_rig: an emulated ATmega328P at 16 MHz with simulated HX711 chips, its
 * UART on a pseudo-terminal ({@link #pty()}). Commands as the rig's header describes; "mark" lines are
 * collected as {@link Mark}s. The simulation keeps pace with the wall clock (it may fall behind on a busy
 * machine, never run ahead).
 */
public final class UnoRig implements AutoCloseable {

    /** A "mark" line: simulated time and each chip's counters. */
    public record Mark(String name, long simUs, long wallNs, long resets, long bytesLost, long sckHighNs, Chip[] chips) {
    }

    /** One chip's counters at a mark. */
    public record Chip(long conversions, long reads, long missed, long clashes, long badClock, long powerDowns) {
    }

    private final Process process;
    private final OutputStream commands;
    private final Path pty;
    private final Map<String, Mark> marks = new ConcurrentHashMap<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread reader;

    private UnoRig(Process process, Path pty, BufferedReader out) {
        this.process = process;
        this.commands = process.getOutputStream();
        this.pty = pty;
        reader = new Thread(() -> readMarks(out), "uno_rig marks");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(this::readErrors, "uno_rig stderr");
        errors.setDaemon(true);
        errors.start();
    }

    /** Starts the rig on {@code firmware} with {@code channels} chips at {@code rateHz}; the MCU waits for {@link #start()}. */
    public static UnoRig launch(AvrToolchain.Firmware firmware, int channels, int rateHz) throws Exception {
        Process process = new ProcessBuilder(AvrToolchain.rig().toString(), firmware.elf().toString(),
                Integer.toString(channels), Integer.toString(rateHz)).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("pty ")) {
            process.destroyForcibly();
            fail("uno_rig did not report its pty: " + first);
        }
        return new UnoRig(process, Path.of(first.substring(4)), out);
    }

    public Path pty() {
        return pty;
    }

    /** Runs a command now (or, before {@link #start()}, as soon as the MCU starts). */
    public UnoRig command(String command) throws IOException {
        commands.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
        commands.flush();
        return this;
    }

    /** Schedules a command at a simulated time; give them in time order. */
    public UnoRig at(double seconds, String command) throws IOException {
        return command(String.format(Locale.ROOT, "at %.6f %s", seconds, command));
    }

    /** Writes a value into the firmware's memory at the address of {@code symbol}, at a simulated time. */
    public UnoRig poke(double seconds, AvrToolchain.Firmware firmware, String symbol, int bytes, long value) throws IOException {
        return at(seconds, String.format(Locale.ROOT, "poke %x %d %d", firmware.address(symbol), bytes, value));
    }

    /**
     * Schedules a press of the push button on Arduino pin {@code pin} (A0 = 14): at {@code seconds} it goes low
     * and bounces (flipping every 0.7 ms for 3 ms), stays low for {@code heldSeconds}, then is released with
     * the same bounce. Give presses in time order with the other scheduled commands.
     */
    public UnoRig press(double seconds, int pin, double heldSeconds) throws IOException {
        double released = seconds + heldSeconds;
        for (int flip = 0; flip <= 4; flip++) {
            at(seconds + flip * 0.0007, "button " + pin + " " + (flip % 2));
        }
        for (int flip = 0; flip <= 4; flip++) {
            at(released + flip * 0.0007, "button " + pin + " " + ((flip + 1) % 2));
        }
        return this;
    }

    public void start() throws IOException {
        command("start");
    }

    /** Waits for the mark {@code name}, failing after {@code timeout} (or if the rig dies). */
    public Mark awaitMark(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!marks.containsKey(name)) {
            if (!process.isAlive()) {
                // the rig may have printed its last marks and exited before the reader took them
                reader.join(5000);
            }
            if (!process.isAlive() && !marks.containsKey(name)) {
                fail("uno_rig ended (exit " + process.exitValue() + ") before mark " + name + ": " + errors());
            }
            if (System.nanoTime() > deadline) {
                fail("no mark " + name + " from uno_rig within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        return marks.get(name);
    }

    /** Waits for the rig to end (after an "end" command). */
    public Mark awaitEnd(Duration timeout) throws InterruptedException {
        Mark end = awaitMark("end", timeout);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "uno_rig did not exit after its end mark");
        return end;
    }

    public synchronized String errors() {
        return stderr.toString();
    }

    @Override
    public void close() throws Exception {
        commands.close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void readMarks(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("mark ")) {
                    Mark mark = parse(line);
                    marks.put(mark.name(), mark);
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                stderr.append("reading marks: ").append(e);
            }
        }
    }

    private void readErrors() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (this) {
                    stderr.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                stderr.append("reading stderr: ").append(e);
            }
        }
    }

    // mark <name> <sim us> <wall ns> resets=<n> tohost=<n> lost=<n> sckhigh_ns=<n> chip1=c/r/m/x/b/p ...
    private static Mark parse(String line) {
        String[] parts = line.split(" ");
        Map<String, String> fields = new ConcurrentHashMap<>();
        for (int i = 4; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            fields.put(kv[0], kv[1]);
        }
        int chips = (int) fields.keySet().stream().filter(k -> k.startsWith("chip")).count();
        Chip[] counters = new Chip[chips];
        for (int i = 0; i < chips; i++) {
            String[] c = fields.get("chip" + (i + 1)).split("/");
            counters[i] = new Chip(Long.parseLong(c[0]), Long.parseLong(c[1]), Long.parseLong(c[2]),
                    Long.parseLong(c[3]), Long.parseLong(c[4]), Long.parseLong(c[5]));
        }
        return new Mark(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(fields.get("resets")),
                Long.parseLong(fields.get("lost")), Long.parseLong(fields.get("sckhigh_ns")), counters);
    }
}
