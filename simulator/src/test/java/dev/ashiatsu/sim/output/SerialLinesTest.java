package dev.ashiatsu.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.protocol.Crc16;
import dev.ashiatsu.sim.SimFrame;
import dev.ashiatsu.sim.Simulation;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SerialLinesTest {

    private static boolean checksumOk(String line) {
        int star = line.lastIndexOf('*');
        return star > 0 && line.endsWith("\n")
                && String.format(Locale.ROOT, "%04X", Crc16.of(line.substring(0, star))).equals(line.substring(star + 1).strip());
    }

    @Test
    void theFaultsScenarioSendsAHelloSpoiledLinesNoiseAndAResetAsTheProtocolSays() {
        Scenario scenario = Scenarios.load("faults");
        Simulation simulation = new Simulation(scenario, 3);
        SerialLines serial = new SerialLines(scenario.table().channelCount(), scenario.table().sampleRateHz());
        List<String> lines = new ArrayList<>();
        int corruptedFrames = 0;
        int lastSeq = -1;
        int seqRestarts = 0;
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            lines.addAll(serial.linesFor(frame));
            if (frame.corrupted()) {
                corruptedFrames++;
            }
            if (frame.seq() < lastSeq) {
                seqRestarts++;
            }
            lastSeq = frame.seq();
        }
        assertEquals("H,1,sim-1.0 inputs=ACK+STOP,6,80", lines.get(0).substring(0, lines.get(0).indexOf('*')));
        long hellos = lines.stream().filter(l -> l.startsWith("H,")).count();
        assertEquals(2, hellos, "a hello at boot and one after the reset");
        assertEquals(1, seqRestarts, "the sequence restarts once, at the reset");
        long bad = lines.stream().filter(l -> !checksumOk(l)).count();
        assertEquals(4, corruptedFrames);
        assertEquals(4 + 1, bad, "four spoiled lines and one line of noise");
        assertTrue(lines.stream().allMatch(l -> l.length() <= 256), "every line fits the protocol's 255 bytes");
    }

    @Test
    void aSpoiledLineKeepsItsLengthButNotItsChecksum() {
        String good = dev.ashiatsu.bridge.protocol.LineEncoder.data(17, 1234567, new long[] {210443, -1203, 77});
        for (int salt = 0; salt < 50; salt++) {
            String spoiled = SerialLines.spoil(good, salt);
            assertEquals(good.length(), spoiled.length());
            assertNotEquals(good, spoiled);
            assertTrue(!checksumOk(spoiled), spoiled);
        }
    }
}
