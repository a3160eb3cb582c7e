package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fazecast.jSerialComm.SerialPort;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.sim.output.PtyPair;
import dev.ashiatsu.sim.output.SerialLines;
import dev.ashiatsu.sim.output.SerialPortOutput;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.ScenarioReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's serial stream through a real pseudo-terminal pair (socat), read back through jSerialComm
 * on the other end. The bridge's SerialFrameSource was not on main yet, so the lines are decoded here by the
 * tests' own minimal reader ({@code CaptureDecoder}).
 */
class SerialPtyEndToEndTest {

    private static final String SCENARIO = """
            name: pty
            table:
              name: t
              lengthCm: 185
              widthCm: 70
              sampleRateHz: 40
              cells:
                - {id: T1, role: table, xCm: 5, yCm: 5, offset: 1000, countsPerKg: 20000}
                - {id: T2, role: table, xCm: 180, yCm: 35, offset: -500, countsPerKg: -20000}
                - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            client: {id: c, heightCm: 170, crownXcm: 8, maxAppliedKg: 40, weightKg: 65}
            practitioner: {id: p, weightKg: 70}
            durationS: 2.5
            timeline:
              - {do: clientOn, duration: 1}
            faults:
              - {t: 1.2, fault: corrupt, count: 2}
              - {t: 1.8, fault: stale, channel: T2, duration: 0.2}
            """;

    @TempDir
    Path dir;

    @Test
    void everyDeliveredFrameArrivesIntactThroughAPseudoTerminalAndSpoiledLinesAreRejected() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed (Debian package 'socat'): pty test skipped");
        Scenario scenario = new ScenarioReader("pty.yaml", name -> "").parse(SCENARIO);
        List<SimFrame> sent = new ArrayList<>();
        try (PtyPair pair = PtyPair.open(dir)) {
            SerialPort reader = SerialPort.getCommPort(pair.applicationEnd().toString());
            reader.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 5000, 0);
            assertEquals(true, reader.openPort(), "open the application end");
            try {
                CompletableFuture<CaptureDecoder> received = CompletableFuture.supplyAsync(() -> read(reader, 3));
                try (SerialPortOutput out = SerialPortOutput.open(pair.simulatorEnd().toString(),
                        new SerialLines(3, scenario.table().sampleRateHz()))) {
                    Simulation simulation = new Simulation(scenario, 9);
                    Pacer pacer = Pacer.realTime(Clock.systemUTC());
                    for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
                        pacer.awaitMs(frame.tMs());
                        out.write(frame);
                        out.flush();
                        sent.add(frame);
                    }
                    out.write(endMarker(sent.size()));
                    out.flush();
                    received.get(15, TimeUnit.SECONDS);
                }
                CaptureDecoder decoded = received.get();
                List<SimFrame> delivered = sent.stream().filter(SimFrame::delivered).toList();
                assertEquals(delivered.size() + 1, decoded.frames.size(), "every delivered frame and the end marker");
                for (int i = 0; i < delivered.size(); i++) {
                    assertArrayEquals(SimFrame.values(delivered.get(i).counts()), decoded.frames.get(i).values(),
                            "frame " + i);
                }
                assertEquals(1, decoded.hellos);
                assertEquals(3, decoded.rejected, "two spoiled lines and one line of noise");
            } finally {
                reader.closePort();
            }
        }
    }

    /** A last frame with a recognisable sequence number so the reader knows when to stop. */
    private static SimFrame endMarker(int index) {
        long[] counts = {-1, -1, -1};
        return new SimFrame(index, 0, 65535, 0, true, false, false, null, null, null, counts, counts, null);
    }

    private static CaptureDecoder read(SerialPort port, int channels) {
        CaptureDecoder decoder = new CaptureDecoder(channels);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(port.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                Frame frame = decoder.line(line, 0);
                if (frame != null && frame.values()[0] == -1) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return decoder;
    }
}
