package dev.ashiatsu.dashboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} of a recording CSV that carries button presses ({@code #input,<t_ms>,<INPUT>} lines, the
 * format of docs/recording.md): the client stop is a CLIENT_STOP alarm with what it recorded, ended by the
 * acknowledgement, and both presses are listed.
 */
class AnalyzePressesTest {

    @TempDir
    Path dir;

    @Test
    void aStopAndItsAcknowledgementAreInTheReport() throws Exception {
        Path table = Files.writeString(dir.resolve("table.yaml"), """
                name: t
                lengthCm: 190
                widthCm: 72
                sampleRateHz: 50
                cells:
                  - {id: T1, role: table, xCm: 4, yCm: 36, offset: 0, countsPerKg: 1}
                  - {id: T2, role: table, xCm: 186, yCm: 36, offset: 0, countsPerKg: 1}
                  - {id: B1, role: bar, offset: 0, countsPerKg: 1}
                """);
        Path client = Files.writeString(dir.resolve("client.yaml"), "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\n");
        Path practitioner = Files.writeString(dir.resolve("practitioner.yaml"), "id: p\nweightKg: 60\n");
        StringBuilder csv = new StringBuilder("t_ms,T1,T2,B1\n");
        for (int t = 0; t < 3000; t += 20) {
            csv.append(t).append(",35,35,0\n");
        }
        for (int t = 3000; t < 6000; t += 20) {
            csv.append(t).append(",45,45,40\n");
        }
        csv.append("#input,5990,CLIENT_STOP\n");
        for (int t = 6000; t < 7000; t += 20) {
            csv.append(t).append(",35,35,0\n");
        }
        csv.append("#input,6990,ACKNOWLEDGE\n");
        Path recording = Files.writeString(dir.resolve("presses.csv"), csv);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"analyze", "--table", table.toString(), "--client", client.toString(),
            "--practitioner", practitioner.toString(), "--input", recording.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

        JsonNode stop = null;
        for (JsonNode alarm : report.get("alarms")) {
            if (alarm.get("type").asText().equals("CLIENT_STOP")) {
                stop = alarm;
            }
        }
        assertTrue(stop != null, report.toString());
        assertEquals("HIGH", stop.get("priority").asText());
        assertEquals(5990, stop.get("startMs").asDouble());
        assertEquals(6990, stop.get("endMs").asDouble(), "ended by the acknowledgement");
        assertEquals(20, stop.get("press").get("appliedKg").asDouble(), 1e-6);
        assertEquals(20 / 60.0, stop.get("press").get("fraction").asDouble(), 1e-4);
        assertEquals(50, stop.get("press").get("historyKg").size());
        assertEquals(2, report.get("presses").size());
        assertEquals("ACKNOWLEDGE", report.get("presses").get(1).get("input").asText());
        assertEquals(stop.get("id").asLong(), report.get("presses").get(1).get("alarmId").asLong());
    }
}
