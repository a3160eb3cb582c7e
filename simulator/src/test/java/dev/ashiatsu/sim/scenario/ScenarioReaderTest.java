package dev.ashiatsu.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static final String HEAD = """
            name: mine
            table:
              name: t
              lengthCm: 185
              widthCm: 70
              sampleRateHz: 40
              cells:
                - {id: T1, role: table, xCm: 5, yCm: 5, offset: 100, countsPerKg: 20000}
                - {id: T2, role: table, xCm: 5, yCm: 65, offset: 100, countsPerKg: -20000}
                - {id: T3, role: table, xCm: 180, yCm: 5, offset: 100, countsPerKg: 20000}
                - {id: T4, role: table, xCm: 180, yCm: 65, offset: 100, countsPerKg: 20000}
                - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            client: {id: c, heightCm: 170, crownXcm: 8, maxAppliedKg: 40, weightKg: 65}
            practitioner: {id: p, weightKg: 70}
            """;

    private static Scenario parse(String text) {
        return new ScenarioReader("mine.yaml", name -> {
            throw new ConfigException(name + ": no such file");
        }).parse(text);
    }

    private static String error(String text) {
        return assertThrows(ConfigException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsActionsInSequenceWithDefaultsAndExplicitStartTimes() {
        Scenario scenario = parse(HEAD + """
                timeline:
                  - {do: clientOn}
                  - {do: mount, at: THIGH, fraction: 0.1}
                  - {t: 10, do: glide, to: 0.6, loadKg: 20, duration: 4}
                faults:
                  - {t: 3, fault: spike, channel: T2}
                """);
        assertEquals(3, scenario.timeline().size());
        assertEquals(3.0, scenario.timeline().get(1).startS(), 1e-9, "mount follows clientOn (3 s by default)");
        assertEquals(new Mount(Place.ofZone(Zone.THIGH), 7.0, 16, 2), scenario.timeline().get(1).action());
        assertEquals(10.0, scenario.timeline().get(2).startS(), 1e-9);
        assertEquals(19.0, scenario.durationS(), 1e-9, "the end of the timeline plus 5 s");
        assertEquals(30.0, scenario.faults().get(0).kg(), 1e-9, "a spike is 30 kg unless told");
        assertEquals(70.0, scenario.practitionerWeightKg(), 1e-9);
        assertEquals(65.0, scenario.clientWeightKg(), 1e-9);
    }

    @Test
    void namesTheFieldOfEveryMistake() {
        assertTrue(error(HEAD + "timeline:\n  - {do: glide, to: KNEES, loadKg: 20, duration: 3}\n")
                .startsWith("mine.yaml: timeline[0].to: must be a zone name"));
        assertTrue(error(HEAD + "timeline:\n  - {do: wait, duration: 3, loadKg: 5}\n")
                .startsWith("mine.yaml: timeline[0].loadKg: is not a known field"));
        assertTrue(error(HEAD + "timeline:\n  - {do: jump, duration: 3}\n").startsWith("mine.yaml: timeline[0].do: must be one of"));
        assertEquals("mine.yaml: timeline[1].t: starts at 2.0 s, before the previous action ends at 3.0 s",
                error(HEAD + "timeline:\n  - {do: wait, duration: 3}\n  - {t: 2, do: wait, duration: 1}\n"));
        assertEquals("mine.yaml: faults[0].channel: 'T9' is not a cell of the table",
                error(HEAD + "timeline: []\nfaults:\n  - {t: 1, fault: stale, channel: T9}\n"));
        assertTrue(error(HEAD + "timeline:\n  - {do: load, loadKg: 90}\n").startsWith("mine.yaml: timeline[0].loadKg: must be between 0 and"));
        assertEquals("mine.yaml: timeline: is required", error(HEAD));
        assertTrue(error(HEAD.replace(", weightKg: 65}", "}") + "timeline: []\n")
                .startsWith("mine.yaml: client.weightKg: is required"));
        assertTrue(error("name: [unclosed\n").startsWith("mine.yaml:1: not valid YAML"));
    }

    @Test
    void tableErrorsComeFromTheCoreConfigReaderWithTheScenarioNamed() {
        assertEquals("mine.yaml: table.sampleRateHz: must be in [1, 10000] Hz, was -1",
                error(HEAD.replace("sampleRateHz: 40", "sampleRateHz: -1") + "timeline: []\n"));
    }

    @Test
    void profileFieldsAreCheckedLikeFilesAndTheSimulatorsOwnFieldsAreKept() {
        assertTrue(error(HEAD.replace("maxAppliedKg: 40", "maxAppliedKg: 40, maxfraction: 0.5") + "timeline: []\n")
                .startsWith("mine.yaml: client.maxfraction: is not a known field; did you mean maxFraction?"));
        assertEquals("mine.yaml: client.crownXcm: must be in [-50, 235] cm on a 185 cm long table, was 300",
                error(HEAD.replace("crownXcm: 8", "crownXcm: 300") + "timeline: []\n"));
        assertEquals("mine.yaml: client.weightKg: must be in [20, 300] kg, was 6.5",
                error(HEAD.replace("weightKg: 65", "weightKg: 6.5") + "timeline: []\n"));
        assertTrue(error(HEAD.replace("practitioner: {id: p, weightKg: 70}", "practitioner: {id: p, weight: 70}") + "timeline: []\n")
                .startsWith("mine.yaml: practitioner.weight: is not a known field; did you mean weightKg?"));
    }

    @Test
    void bundledScenariosAllLoadAndUnknownNamesListThem() {
        for (String name : Scenarios.BUNDLED) {
            assertEquals(name, Scenarios.load(name).name());
        }
        String message = assertThrows(ConfigException.class, () -> Scenarios.load("nope")).getMessage();
        assertEquals("nope: no such scenario (bundled: demo, faults, training; or give the path of a scenario YAML file)", message);
    }
}
