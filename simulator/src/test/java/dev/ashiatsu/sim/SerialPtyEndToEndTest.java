package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashiatsu.bridge.serial.SerialFrameSource;
import dev.ashiatsu.bridge.serial.SerialOptions;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.sim.output.PtyPair;
import dev.ashiatsu.sim.output.SerialLines;
import dev.ashiatsu.sim.output.SerialPortOutput;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.ScenarioReader;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's serial stream through a real pseudo-terminal pair (socat) into the bridge's
 * {@link SerialFrameSource} on the other end: every delivered frame arrives with its counts, the spoiled lines
 * and the line noise are counted and skipped, the lost frames are one sequence gap, the device reset is
 * seen once, and each button press (one before the reset, one after it) arrives once, between its frames.
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
            durationS: 3
            timeline:
              - {do: clientOn, duration: 1}
              - {t: 0.5, do: clientStop}
              - {t: 2.6, do: acknowledge}
            faults:
              - {t: 1.2, fault: corrupt, count: 2}
              - {t: 1.8, fault: stale, channel: T2, duration: 0.2}
              - {t: 2.3, fault: reset, duration: 0.1}
            """;

    @TempDir
    Path dir;

    private static boolean answered(SerialPortOutput out) {
        try {
            return out.answerQueries();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBridgeSerialSourceReadsEveryDeliveredFrameThroughAPseudoTerminal() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed (Debian package 'socat'): pty test skipped");
        Scenario scenario = new ScenarioReader("pty.yaml", name -> "").parse(SCENARIO);
        List<SimFrame> delivered = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        try (PtyPair pair = PtyPair.open(dir);
             SerialPortOutput out = SerialPortOutput.open(pair.simulatorEnd().toString(),
                     new SerialLines(3, scenario.table().sampleRateHz()));
             SerialFrameSource source = new SerialFrameSource(pair.applicationEnd().toString(), 115200,
                     scenario.table(), SerialOptions.defaults())) {
            source.start(sink);
            Await.until(() -> answered(out) || source.protocolCounters().hellos() >= 1, "the source's ? and our hello");
            Await.until(() -> source.protocolCounters().hellos() >= 1, "the hello to reach the source");
            Simulation simulation = new Simulation(scenario, 9);
            Pacer pacer = Pacer.realTime(Clock.SYSTEM);
            for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
                pacer.awaitMs(frame.tMs());
                out.write(frame);
                out.flush();
                if (frame.delivered()) {
                    delivered.add(frame);
                }
            }
            Await.until(() -> sink.frames.size() >= delivered.size(), "every delivered frame (" + delivered.size() + ")");

            for (int i = 0; i < delivered.size(); i++) {
                assertArrayEquals(SimFrame.values(delivered.get(i).counts()), sink.frames.get(i).values(), "frame " + i);
                assertTrue(i == 0 || sink.frames.get(i).tMs() >= sink.frames.get(i - 1).tMs(), "host time of frame " + i);
            }
            InputCounters counters = source.health().counters();
            assertEquals(delivered.size(), counters.framesRead());
            assertEquals(2, counters.crcErrors(), "the two spoiled lines");
            assertEquals(3, counters.linesRejected(), "the spoiled lines and the line noise");
            assertEquals(1, counters.seqGaps(), "the frames lost on the wire are one gap");
            assertEquals(1, counters.resets(), "the device reset");
            assertEquals(List.of(Input.CLIENT_STOP, Input.ACKNOWLEDGE), sink.inputs.stream().map(InputEvent::input).toList());
            for (int i = 0; i < 2; i++) {
                int before = sink.framesBeforeInput.get(i);
                double tMs = sink.inputs.get(i).tMs();
                assertTrue(tMs >= sink.frames.get(before - 1).tMs() && tMs <= sink.frames.get(before).tMs(),
                        "press " + i + " at " + tMs + " between the host times of its frames");
            }
            assertEquals(0.5, delivered.get(sink.framesBeforeInput.get(0)).tMs() / 1000, 1.5 / 40, "the stop's frame");
            assertEquals(4, source.protocolCounters().inputs(), "two presses and two releases");
            assertEquals(0, source.protocolCounters().inputGaps());
        }
    }
}
