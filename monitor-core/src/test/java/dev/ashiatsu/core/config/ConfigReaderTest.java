package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private static final String TABLE = """
            name: Test table
            lengthCm: 190
            widthCm: 72
            sampleRateHz: 80
            cells:
              - {id: T1, role: table, xCm: 4, yCm: 4, offset: 100, countsPerKg: -20000}
              - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            """;

    @Test
    void readsATableFromYaml() {
        TableConfig table = ConfigReader.parseTable("table.yaml", TABLE);
        assertEquals(2, table.channelCount());
        assertEquals(CellRole.BAR, table.cells().get(1).role());
        assertEquals(-2.0, table.cells().get(0).toKg(40_100), 1e-12);
    }

    @Test
    void readsAClientFromJsonWithZoneOverrides() {
        ClientProfile client = ConfigReader.parseClient("c.json", """
                {"id": "c1", "name": "Ann", "heightCm": 160, "crownXcm": 8, "maxFraction": 0.4,
                 "zoneFactors": {"lower_back": 0.3}, "notes": "sciatica"}""");
        assertNull(client.maxAppliedKg());
        assertEquals(0.3, client.factorOf(Zone.LOWER_BACK));
        assertEquals(1.0, client.factorOf(Zone.THIGH));
        assertEquals(24, client.baseLimitKg(60), 1e-9);
    }

    @Test
    void namesFileFieldAndRuleForAZeroCalibration() {
        var e = assertThrows(ConfigException.class,
                () -> ConfigReader.parseTable("t.yaml", TABLE.replace("countsPerKg: 20000", "countsPerKg: 0")));
        assertEquals("t.yaml: cells[1].countsPerKg: must not be zero", e.getMessage());
    }

    @Test
    void namesTheMissingField() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", TABLE.replace("widthCm: 72\n", "")));
        assertEquals("t.yaml: widthCm: is required", e.getMessage());
    }

    @Test
    void rejectsAnUnknownRole() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", TABLE.replace("role: bar", "role: rope")));
        assertEquals("t.yaml: cells[1].role: must be 'table' or 'bar', was 'rope'", e.getMessage());
    }

    @Test
    void rejectsAClientWithoutAnyLimit() {
        var e = assertThrows(ConfigException.class,
                () -> ConfigReader.parseClient("c.yaml", "id: c\nheightCm: 170\ncrownXcm: 5\n"));
        assertEquals("c.yaml: at least one of maxAppliedKg and maxFraction must be given", e.getMessage());
    }

    @Test
    void rejectsAnUnknownZoneAndANonNumber() {
        var zone = assertThrows(ConfigException.class, () -> ConfigReader.parseClient("c.yaml",
                "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\nzoneFactors: {elbow: 1}\n"));
        assertEquals(true, zone.getMessage().startsWith("c.yaml: zoneFactors.elbow: is not a zone"));
        var number = assertThrows(ConfigException.class,
                () -> ConfigReader.parsePractitioner("p.yaml", "id: p\nweightKg: heavy\n"));
        assertEquals("p.yaml: weightKg: must be a number, was 'heavy'", number.getMessage());
    }

    @Test
    void reportsTheLineOfBrokenYaml() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", "name: [unclosed\n"));
        assertEquals(true, e.getMessage().startsWith("t.yaml:"), e.getMessage());
    }

    @Test
    void rejectsDuplicateCellIds() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", TABLE.replace("id: B1", "id: T1")));
        assertEquals("t.yaml: cell id 'T1' appears twice", e.getMessage());
    }
}
