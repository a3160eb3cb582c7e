package dev.ashiatsu.dashboard.latency;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import dev.ashiatsu.bridge.firmware.AvrToolchain;
import dev.ashiatsu.bridge.firmware.UnoRig;
import dev.ashiatsu.bridge.gpio.AlarmPins;
import dev.ashiatsu.bridge.gpio.AlarmSignal;
import dev.ashiatsu.bridge.gpio.Pi4jSignalOutputs;
import dev.ashiatsu.bridge.serial.SerialFrameSource;
import dev.ashiatsu.bridge.serial.SerialOptions;
import dev.ashiatsu.bridge.testing.Tables;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.live.LiveSnapshot;
import dev.ashiatsu.dashboard.live.TableAlarmOutput;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Table-to-alarm latency, end to end: the real sketch on the emulated Uno (8 simulated HX711 chips at 80 Hz,
 * {@link UnoRig}), its UART on a pty read by {@link SerialFrameSource} (jSerialComm) inside the real dashboard
 * with the buzzer of {@code serve} on a Pi4J mock pin. A client on the table loads each leg with 15 kg; each
 * step puts 10 kg more on every leg (40 kg applied, the client's limit is 30 kg), at a random moment of
 * the conversion period, and is timed to the OVER_LIMIT "raised" message on /ws/live and to the buzzer pin
 * going high; then the load goes back and the alarm ends before the next step.
 *
 * <p>All times are System.nanoTime (CLOCK_MONOTONIC, which the rig's wall times also use).
 */
final class TableToAlarmLatency {

    private static final int CHANNELS = 8;
    private static final int BASE_COUNTS = 15_000;   // 15 kg a leg (Tables: 1000 counts a kg)
    private static final int STEP_COUNTS = 25_000;   // 25 kg a leg: 40 kg applied
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Map<String, List<Double>> partsMs = new LinkedHashMap<>();
    private int missed;

    /** Runs {@code steps} load steps and prints p50/p99/max of each part to {@code out}. */
    static void run(int steps, Path dataDir, PrintStream out) throws Exception {
        new TableToAlarmLatency().measure(steps, dataDir, out);
    }

    private void measure(int steps, Path dataDir, PrintStream out) throws Exception {
        AvrToolchain.Firmware firmware = AvrToolchain.sketch("arduino:avr:uno", CHANNELS);
        TableConfig table = Tables.withChannels(CHANNELS, 80);
        ClientProfile client = new ClientProfile("c", "Client", 175, 5, 30.0, null, Map.of(), "");
        PractitionerProfile practitioner = new PractitionerProfile("p", "Practitioner", 70.0);
        Context pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        AtomicLong buzzerOnNs = new AtomicLong();
        try (UnoRig rig = UnoRig.launch(firmware, CHANNELS, 80)) {
            StampingSource source = new StampingSource(new SerialFrameSource(rig.pty().toString(), 115200, table,
                    SerialOptions.defaults()), (BASE_COUNTS + STEP_COUNTS) / 2.0);
            try (RunningDashboard running = RunningDashboard.start(dataDir, source, table, client, practitioner, true);
                 TableAlarmOutput buzzer = new TableAlarmOutput(running.dashboard().pipeline(),
                         new AlarmSignal(new Pi4jSignalOutputs(pi4j, new AlarmPins(17, 27, true)), Clock.SYSTEM));
                 AlarmSocket socket = new AlarmSocket(URI.create("ws://127.0.0.1:" + running.port() + "/ws/live"))) {
                DigitalOutput buzzerPin = pi4j.registry().get(Pi4jSignalOutputs.BUZZER_ID);
                buzzerPin.addListener(event -> {
                    if (event.state() == DigitalState.HIGH) {
                        buzzerOnNs.compareAndSet(0, System.nanoTime());
                    }
                });
                buzzer.start();
                rig.command("noise 20").command(legs(BASE_COUNTS));
                for (int channel = 5; channel <= CHANNELS; channel++) {
                    rig.command("value " + channel + " 0");
                }
                rig.start();
                awaitBaseline(running);
                Random random = new Random(1);
                for (int step = 1; step <= steps; step++) {
                    Thread.sleep(random.nextInt(13));  // a random moment of the 12.5 ms conversion period
                    source.arm();
                    buzzerOnNs.set(0);
                    rig.command(legs(STEP_COUNTS) + "\nmark step" + step);
                    measureStep(step, rig, source, socket, buzzerOnNs);
                    Thread.sleep(400);
                    rig.command(legs(BASE_COUNTS));
                    if (socket.next("ended", "OVER_LIMIT", WAIT) == null) {
                        out.println("step " + step + ": the alarm did not end");
                    }
                    Thread.sleep(1000);  // the baseline steadies again
                }
            } finally {
                pi4j.shutdown();
            }
            rig.command("end");
        }
        report(steps, out);
    }

    private void measureStep(int step, UnoRig rig, StampingSource source, AlarmSocket socket, AtomicLong buzzerOnNs)
            throws InterruptedException {
        AlarmSocket.AlarmMessage raised = socket.next("raised", "OVER_LIMIT", WAIT);
        UnoRig.Mark applied = rig.awaitMark("step" + step, WAIT);
        UnoRig.Mark converted = rig.awaitMark("step" + step + "-converted", WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (buzzerOnNs.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        StampingSource.Stamp stamp = source.stamp();
        long buzzerNs = buzzerOnNs.get();
        if (raised == null || stamp == null || buzzerNs == 0) {
            missed++;
            return;
        }
        long raisedFrameNs = (long) (raised.startMs() * 1e6);
        add("conversion (step to the last chip's next conversion)", converted.wallNs() - applied.wallNs());
        add("serial line (MCU read and format, queue, 115200 wire, pty, jSerialComm)", stamp.readNs() - converted.wallNs());
        add("decode (bytes read to frame out of the decoder)", stamp.decodedNs() - stamp.readNs());
        add("median filter and rule (first stepped frame read to the raising frame read)", raisedFrameNs - stamp.readNs());
        add("broadcast (raising frame read to /ws/live message received)", raised.arrivedNs() - raisedFrameNs);
        add("buzzer (raising frame read to buzzer pin high)", buzzerNs - raisedFrameNs);
        add("TOTAL step to /ws/live", raised.arrivedNs() - applied.wallNs());
        add("TOTAL step to buzzer pin", buzzerNs - applied.wallNs());
        add("first crossing conversion to /ws/live", raised.arrivedNs() - converted.wallNs());
    }

    private void add(String part, long ns) {
        partsMs.computeIfAbsent(part, k -> new ArrayList<>()).add(ns / 1e6);
    }

    private void report(int steps, PrintStream out) {
        out.printf(Locale.ROOT, "%d steps, %d without a complete measurement%n", steps, missed);
        out.printf(Locale.ROOT, "| part | p50 (ms) | p99 (ms) | max (ms) |%n| --- | --- | --- | --- |%n");
        partsMs.forEach((part, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", part, percentile(sorted, 0.50),
                    percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
        });
        out.flush();
    }

    private static double percentile(List<Double> sorted, double q) {
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static String legs(int counts) {
        StringBuilder commands = new StringBuilder();
        for (int channel = 1; channel <= 4; channel++) {
            commands.append(channel == 1 ? "" : "\n").append("value ").append(channel).append(' ').append(counts);
        }
        return commands.toString();
    }

    private static void awaitBaseline(RunningDashboard running) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            LiveSnapshot latest = running.dashboard().pipeline().latest();
            if (latest != null && latest.estimate() != null && latest.estimate().baselineKg() != null) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no baseline within 30 s: is the emulated table sending frames?");
    }
}
