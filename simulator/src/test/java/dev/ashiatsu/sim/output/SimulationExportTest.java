package dev.ashiatsu.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import dev.ashiatsu.sim.strokes.StrokeTruth;
import dev.ashiatsu.sim.strokes.TrueStroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationExportTest {

    @TempDir
    Path dir;

    private String run(ExportRequest request) throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new SimulationExport(request, new PrintStream(text, true), Clock.SYSTEM).run();
        return text.toString();
    }

    @Test
    void aCsvComesWithATableInKgAndTheProfilesAndTheTruth() throws Exception {
        Path csv = dir.resolve("out.csv");
        Path truth = dir.resolve("truth.json");
        run(new ExportRequest("training", 3, null, ExportRequest.Kind.CSV, csv, truth, false, null, null));
        Scenario scenario = Scenarios.load("training");
        TableConfig table = ConfigReader.readTable(Path.of(csv + ".table.yaml"));
        for (CellConfig cell : table.cells()) {
            assertEquals(0, cell.offset());
            assertEquals(1, cell.countsPerKg());
        }
        assertEquals(scenario.table().cells().get(0).xCm(), table.cells().get(0).xCm());
        assertEquals(scenario.client(), ConfigReader.readClient(Path.of(csv + ".client.yaml")));
        assertEquals(scenario.practitioner(), ConfigReader.readPractitioner(Path.of(csv + ".practitioner.yaml")));

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("# ashiatsu simulator: scenario training, seed 3"));
        String header = lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals("t_ms,T1,T2,T3,T4,B1,B2", header);
        String row = lines.get(lines.indexOf(header) + 1);
        assertTrue(row.matches("-?\\d+\\.\\d{3}(,(-?\\d+\\.\\d{3})?){6}"), row);

        JsonNode json = new ObjectMapper().readTree(truth.toFile());
        JsonNode alarms = json.get("alarms");
        assertTrue(alarms.size() >= 3);
        boolean lumbar = false;
        boolean knee = false;
        for (JsonNode alarm : alarms) {
            lumbar |= alarm.get("type").asText().equals("OVER_LIMIT") && alarm.get("zone").asText().equals("LOWER_BACK");
            knee |= alarm.get("type").asText().equals("NO_GO_ZONE") && alarm.get("zone").asText().equals("KNEE");
            assertTrue(alarm.has("priority") && alarm.has("startMs") && alarm.has("endMs") && alarm.has("channel"));
        }
        assertTrue(lumbar && knee, "the training session goes over on the lower back and onto the knee: " + alarms);

        JsonNode strokes = json.get("strokes");
        List<TrueStroke> scripted = StrokeTruth.of(scenario);
        assertEquals(scripted.size(), strokes.size());
        for (int i = 0; i < scripted.size(); i++) {
            JsonNode stroke = strokes.get(i);
            assertEquals(scripted.get(i).startMs(), stroke.get("startMs").asDouble(), 0.001);
            assertEquals(scripted.get(i).peakKg(), stroke.get("peakKg").asDouble(), 0.001);
            assertEquals(scripted.get(i).action(), stroke.get("action").asText());
            assertEquals(scripted.get(i).timeToPeakMs(), stroke.get("timeToPeakMs").asDouble(), 0.001);
            assertEquals(scripted.get(i).loadingRateKgPerS(), stroke.get("loadingRateKgPerS").asDouble(), 0.001);
            assertTrue(stroke.has("endMs") && stroke.has("peakMs") && stroke.has("impulseKgS"), stroke.toString());
        }
    }

    @Test
    void aCaptureKeepsTheRealCalibrationAndTimeStampsLines() throws Exception {
        Path capture = dir.resolve("out.log");
        Path truth = dir.resolve("truth.json");
        run(new ExportRequest("training", 3, 60.0, ExportRequest.Kind.CAPTURE, dir.resolve("t.log"), truth, false, null, null));
        JsonNode first = new ObjectMapper().readTree(truth.toFile()).get("alarms").get(0);
        assertEquals(Scenarios.load("training").startEpochMs() + 46_900, first.get("startMs").asDouble(), 500,
                "a capture's truth is on the host's epoch clock, like the capture's prefixes");
        run(new ExportRequest("demo", 3, 5.0, ExportRequest.Kind.CAPTURE, capture, null, false, null, null));
        assertEquals(Scenarios.load("demo").table(), ConfigReader.readTable(Path.of(capture + ".table.yaml")));
        List<String> lines = Files.readAllLines(capture);
        assertTrue(lines.get(0).matches("@\\d{13} H,1,sim-1\\.0 inputs=ACK\\+STOP,6,80\\*[0-9A-F]{4}"), lines.get(0));
        assertEquals(1 + 400, lines.size(), "a hello and 5 s of frames at 80 Hz");
        long previous = 0;
        for (String line : lines) {
            long t = Long.parseLong(line.substring(1, line.indexOf(' ')));
            assertTrue(t >= previous, "receive times never go backwards");
            previous = t;
        }
    }

    @Test
    void thePlotShowsTheSessionWithItsAlarms() throws Exception {
        Path png = dir.resolve("plot.png");
        run(new ExportRequest("training", 1, null, ExportRequest.Kind.CSV, dir.resolve("t.csv"), null, false, png, null));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        int reddish = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, 300);
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            if (r > g + 40 && r > b + 40) {
                reddish++;
            }
        }
        assertTrue(reddish > 20, "HIGH alarms are shaded red: " + reddish + " columns");
    }
}
