package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every number that places or limits something is refused outside its physical range, naming field and range. */
class RangesTest {

    private static final String TABLE = """
            name: t
            lengthCm: 190
            widthCm: 72
            sampleRateHz: 60
            cells:
              - {id: T1, role: table, xCm: 4, yCm: 4, offset: 0, countsPerKg: 1}
              - {id: T2, role: table, xCm: 186, yCm: 68, offset: 0, countsPerKg: 1}
              - {id: B1, role: bar, offset: 0, countsPerKg: 1}
            """;
    private static final String CLIENT = """
            id: c
            heightCm: 175
            crownXcm: 5
            maxAppliedKg: 42
            maxFraction: 0.6
            zoneFactors: {CALF: 0.8}
            """;

    private static String tableError(String from, String to) {
        String text = TABLE.replace(from, to);
        assertEquals(false, text.equals(TABLE), "the replacement must change the table");
        return assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", text)).getMessage();
    }

    private static String clientError(String from, String to) {
        String text = CLIENT.replace(from, to);
        assertEquals(false, text.equals(CLIENT), "the replacement must change the client");
        return assertThrows(ConfigException.class, () -> ConfigReader.parseClient("c.yaml", text)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "crownXcm: 5|crownXcm: 800|c.yaml: crownXcm: must be in [-50, 450] cm, was 800",
        "crownXcm: 5|crownXcm: 1e308|c.yaml: crownXcm: must be in [-50, 450] cm, was 1.0E308",
        "crownXcm: 5|crownXcm: -51|c.yaml: crownXcm: must be in [-50, 450] cm, was -51",
        "heightCm: 175|heightCm: 1750|c.yaml: heightCm: must be in [50, 250] cm, was 1750",
        "heightCm: 175|heightCm: 'NaN'|c.yaml: heightCm: must be in [50, 250] cm, was NaN",
        "maxAppliedKg: 42|maxAppliedKg: 0|c.yaml: maxAppliedKg: must be in (0, 300] kg, was 0",
        "maxAppliedKg: 42|maxAppliedKg: 1e9|c.yaml: maxAppliedKg: must be in (0, 300] kg, was 1000000000",
        "maxFraction: 0.6|maxFraction: 6|c.yaml: maxFraction: must be in (0, 1], was 6",
        "maxFraction: 0.6|maxFraction: -0.1|c.yaml: maxFraction: must be in (0, 1], was -0.1",
        "CALF: 0.8|CALF: 2.5|c.yaml: zoneFactors.CALF: must be in [0, 2], was 2.5",
        "CALF: 0.8|calf: -1|c.yaml: zoneFactors.calf: must be in [0, 2], was -1",
    })
    void aClientNumberOutOfRangeNamesFieldAndRange(String from, String to, String expected) {
        assertEquals(expected, clientError(from, to));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lengthCm: 190|lengthCm: 19000|t.yaml: lengthCm: must be in [20, 400] cm, was 19000",
        "widthCm: 72|widthCm: 0|t.yaml: widthCm: must be in [20, 400] cm, was 0",
        "sampleRateHz: 60|sampleRateHz: 0|t.yaml: sampleRateHz: must be in [1, 10000] Hz, was 0",
        "xCm: 4, yCm: 4|xCm: 1e308, yCm: 4|t.yaml: cells[0].xCm: must be in [-50, 450] cm, was 1.0E308",
        "xCm: 4, yCm: 4|xCm: 300, yCm: 4|t.yaml: cells[0].xCm: must be in [-50, 240] cm on a 190 cm long table, was 300",
        "xCm: 186, yCm: 68|xCm: 186, yCm: 130|t.yaml: cells[1].yCm: must be in [-50, 122] cm on a 72 cm wide table, was 130",
        "yCm: 4, offset: 0|yCm: 4, offset: 9000000|t.yaml: cells[0].offset: must be in [-8388608, 8388607] counts, was 9000000",
        "role: bar, offset: 0, countsPerKg: 1|role: bar, offset: 0, countsPerKg: 1e-9|t.yaml: cells[2].countsPerKg: "
            + "must be in [-8388608, -0.001] or [0.001, 8388608] counts/kg (negative for a cell in tension), was 1.0E-9",
    })
    void aTableNumberOutOfRangeNamesFieldAndRange(String from, String to, String expected) {
        assertEquals(expected, tableError(from, to));
    }

    @Test
    void aPractitionerWeightOutOfRangeNamesFieldAndRange() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parsePractitioner("p.yaml", "id: p\nweightKg: 2\n"));
        assertEquals("p.yaml: weightKg: must be in [20, 300] kg, was 2", e.getMessage());
    }

    @Test
    void theEndsOfEachRangeAreAccepted() {
        ClientProfile client = ConfigReader.parseClient("c.yaml", CLIENT.replace("crownXcm: 5", "crownXcm: -50")
                .replace("maxFraction: 0.6", "maxFraction: 1").replace("CALF: 0.8", "CALF: 0"));
        assertEquals(-50, client.crownXcm());
        assertEquals(300, ConfigReader.parsePractitioner("p.yaml", "id: p\nweightKg: 300\n").weightKg());
        assertEquals(240, ConfigReader.parseTable("t.yaml", TABLE.replace("xCm: 186", "xCm: 240")).cells().get(1).xCm());
    }

    @Test
    void aCrownBeyondTheTableIsRefusedWhenClientAndTableMeet() {
        TableConfig table = ConfigReader.parseTable("t.yaml", TABLE);
        ClientProfile offTable = ConfigReader.parseClient("c.yaml", CLIENT.replace("crownXcm: 5", "crownXcm: 300"));

        var direct = assertThrows(InvalidField.class, () -> Ranges.checkFits(offTable, table));
        assertEquals("crownXcm: must be in [-50, 240] cm on a 190 cm long table, was 300", direct.getMessage());
        assertThrows(InvalidField.class, () -> new Monitor(table, offTable, null, AlarmListener.NONE));
        Monitor monitor = new Monitor(table, ConfigReader.parseClient("c.yaml", CLIENT), null, AlarmListener.NONE);
        assertThrows(InvalidField.class, () -> monitor.changeProfiles(offTable, null));
    }
}
