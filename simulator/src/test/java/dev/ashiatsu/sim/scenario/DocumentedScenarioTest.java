package dev.ashiatsu.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.Priority;
import dev.ashiatsu.sim.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in docs/simulator.md reads and does what the page says: an OVER_LIMIT about 5.5 s in. */
class DocumentedScenarioTest {

    private static String exampleFromDocs() throws Exception {
        String page = Files.readString(Path.of("../docs/simulator.md"));
        int start = page.indexOf("```yaml\nname: quick-alarm");
        assertTrue(start >= 0, "docs/simulator.md holds the quick-alarm example");
        int from = page.indexOf('\n', start) + 1;
        return page.substring(from, page.indexOf("```", from));
    }

    @Test
    void theQuickAlarmExampleGoesOverTheLimitAFewSecondsIn() throws Exception {
        Scenario scenario = new ScenarioReader("docs/simulator.md", name -> "").parse(exampleFromDocs());
        List<AlarmEvent> high = GroundTruth.alarms(scenario, 1, true).stream()
                .filter(a -> a.priority() == Priority.HIGH).toList();
        assertEquals(1, high.size(), high.toString());
        assertEquals(AlarmType.OVER_LIMIT, high.get(0).type());
        assertEquals(5500, high.get(0).startMs(), 300);
        assertEquals(7750, high.get(0).endMs(), 300, "over until about 7.4 s, cleared 200 ms after going below 95 %");
    }
}
