package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.capture.CaptureFrameReader;
import dev.ashiatsu.bridge.file.CsvFrameReader;
import dev.ashiatsu.bridge.file.FrameReader;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.sim.output.ExportRequest;
import dev.ashiatsu.sim.output.SimulationExport;
import dev.ashiatsu.sim.scenario.ButtonPress;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.ScenarioReader;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario button presses ({@code do: acknowledge}, {@code do: clientStop}) through every simulator output. */
class ButtonPressTest {

    private static final String SCENARIO = """
            name: buttons
            table:
              name: t
              lengthCm: 185
              widthCm: 70
              sampleRateHz: 20
              cells:
                - {id: T1, role: table, xCm: 5, yCm: 5, offset: 1000, countsPerKg: 20000}
                - {id: T2, role: table, xCm: 180, yCm: 35, offset: -500, countsPerKg: -20000}
                - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            client: {id: c, heightCm: 170, crownXcm: 8, maxAppliedKg: 40, weightKg: 65}
            practitioner: {id: p, weightKg: 70}
            durationS: 4
            timeline:
              - {do: clientOn, duration: 1}
              - {do: acknowledge}
              - {do: wait, duration: 2}
              - {t: 1.52, do: clientStop}
              - {t: 2.25, do: clientStop}
            faults:
              - {t: 2.0, fault: cable, duration: 0.5}
            """;

    @TempDir
    Path dir;

    private static Scenario scenario(String text) {
        return new ScenarioReader("buttons.yaml", name -> "").parse(text);
    }

    private static final String VALID = SCENARIO;

    @Test
    void readsPressesAsTimelineEntriesThatTakeNoTime() {
        Scenario scenario = scenario(VALID);
        assertEquals(List.of(new ButtonPress(1.0, Input.ACKNOWLEDGE), new ButtonPress(1.52, Input.CLIENT_STOP),
                new ButtonPress(2.25, Input.CLIENT_STOP)), scenario.presses());
        assertEquals(2, scenario.timeline().size(), "clientOn and wait only");
        assertEquals(1.0, scenario.timeline().get(1).startS(), "the wait starts where clientOn ends");
    }

    @Test
    void refusesAPressWithAFieldItDoesNotTakeOrAfterTheEnd() {
        ConfigException field = assertThrows(ConfigException.class,
                () -> scenario(VALID.replace("{t: 1.52, do: clientStop}", "{t: 1.52, do: clientStop, duration: 1}")));
        assertTrue(field.getMessage().contains("timeline[3]") && field.getMessage().contains("duration"), field.getMessage());
        ConfigException late = assertThrows(ConfigException.class,
                () -> scenario(VALID.replace("{t: 1.52, do: clientStop}", "{t: 4.0, do: clientStop}")));
        assertTrue(late.getMessage().contains("durationS") && late.getMessage().contains("clientStop press at 4.0 s"),
                late.getMessage());
        ConfigException kind = assertThrows(ConfigException.class,
                () -> scenario(VALID.replace("{t: 2.0, fault: cable, duration: 0.5}", "{t: 2.0, fault: clientStop}")));
        assertTrue(kind.getMessage().contains("faults[0]"), "a press is not a fault: " + kind.getMessage());
    }

    @Test
    void theInProcessSourceDeliversEachPressOnceAtItsTimeBetweenItsFrames() throws Exception {
        Path file = dir.resolve("buttons.yaml");
        Files.writeString(file, VALID);
        CollectingSink sink = new CollectingSink();
        try (SimulatorSource source = SimulatorSource.open(file.toString(), 1, false, Pacer.unpaced())) {
            source.start(sink);
            Await.until(() -> "stopped".equals(source.health().state()), "the end of the scenario");
        }
        assertEquals(List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP, Input.CLIENT_STOP),
                sink.inputs.stream().map(InputEvent::input).toList());
        assertEquals(List.of(1000.0, 1520.0, 2250.0), sink.inputs.stream().map(InputEvent::tMs).toList());
        for (int i = 0; i < 2; i++) {
            int before = sink.framesBeforeInput.get(i);
            assertTrue(sink.frames.get(before - 1).tMs() <= sink.inputs.get(i).tMs()
                    && sink.inputs.get(i).tMs() <= sink.frames.get(before).tMs(), "press " + i + " between its frames");
        }
        int duringCable = sink.framesBeforeInput.get(2);
        assertTrue(sink.frames.get(duringCable).tMs() >= 2500, "the press during the pulled cable still arrives, before the "
                + "first frame after it: " + sink.frames.get(duringCable).tMs());
    }

    @Test
    void aRecordingCsvCarriesPressesAsInputLinesThatItsReaderDelivers() throws Exception {
        Path csv = dir.resolve("out.csv");
        export(ExportRequest.Kind.CSV, csv);
        List<String> pressLines = Files.readAllLines(csv).stream().filter(line -> line.startsWith("#input,")).toList();
        assertEquals(List.of("#input,1000.000,ACKNOWLEDGE", "#input,1520.000,CLIENT_STOP", "#input,2250.000,CLIENT_STOP"),
                pressLines);

        TableConfig table = ConfigReader.readTable(Path.of(csv + ".table.yaml"));
        List<InputEvent> read = readAll(new CsvFrameReader(csv, table));
        assertEquals(List.of(new InputEvent(1000, Input.ACKNOWLEDGE), new InputEvent(1520, Input.CLIENT_STOP),
                new InputEvent(2250, Input.CLIENT_STOP)), read);
    }

    @Test
    void aCaptureCarriesPressesAsInputLinesThatItsReaderDelivers() throws Exception {
        Path capture = dir.resolve("out.log");
        export(ExportRequest.Kind.CAPTURE, capture);
        List<String> lines = Files.readAllLines(capture);
        assertTrue(lines.get(0).matches("@\\d+ H,1,sim-1.0 inputs=ACK\\+STOP,3,20\\*[0-9A-F]{4}"), lines.get(0));
        assertEquals(6, lines.stream().filter(line -> line.matches("@\\d+ I,\\d,\\d+,(ACK|STOP),[01]\\*[0-9A-F]{4}")).count(),
                "three presses and three releases");

        TableConfig table = ConfigReader.readTable(Path.of(capture + ".table.yaml"));
        CaptureFrameReader reader = new CaptureFrameReader(capture, table);
        List<InputEvent> read = readAll(reader);
        assertEquals(List.of(Input.ACKNOWLEDGE, Input.CLIENT_STOP, Input.CLIENT_STOP), read.stream().map(InputEvent::input).toList());
        long startEpochMs = scenario(VALID).startEpochMs();
        assertEquals(1000, read.get(0).tMs() - startEpochMs, 60, "the receive time of the press's line");
        assertEquals(0, reader.protocolCounters().inputGaps());
    }

    /** The presses of a file, checking each comes between the frames around it. */
    private static List<InputEvent> readAll(FrameReader reader) throws Exception {
        List<InputEvent> presses = new ArrayList<>();
        double lastMs = Double.NEGATIVE_INFINITY;
        try (reader) {
            for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
                for (InputEvent press : reader.takeInputs()) {
                    assertTrue(press.tMs() >= lastMs && press.tMs() <= frame.tMs(), press + " between " + lastMs + " and " + frame.tMs());
                    presses.add(press);
                }
                lastMs = frame.tMs();
            }
            presses.addAll(reader.takeInputs());
        }
        return presses;
    }

    private void export(ExportRequest.Kind kind, Path target) throws Exception {
        Path yaml = dir.resolve("buttons.yaml");
        Files.writeString(yaml, VALID);
        new SimulationExport(new ExportRequest(yaml.toString(), 1, null, kind, target, null, false, null, null),
                new PrintStream(new ByteArrayOutputStream()), Clock.SYSTEM).run();
    }
}
