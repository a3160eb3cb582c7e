package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.estimate.Zone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals("t.yaml: cells[1].countsPerKg: must be in [-8388608, -0.001] or [0.001, 8388608] counts/kg"
                + " (negative for a cell in tension), was 0", e.getMessage());
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
        assertEquals("c.yaml: maxAppliedKg: at least one of maxAppliedKg and maxFraction must be given", e.getMessage());
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
        assertEquals("t.yaml: cells[1].id: 'T1' appears twice", e.getMessage());
    }

    @Test
    void aMisspeltLimitIsRefusedNamingTheFileTheFieldAndTheNearestKnownName() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseClient("c.yaml",
                "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\nmaxfraction: 0.6\n"));
        assertEquals("c.yaml: maxfraction: is not a known field; did you mean maxFraction? (known: crownXcm, heightCm, id,"
                + " maxAppliedKg, maxFraction, name, notes, zoneFactors)", e.getMessage());
        assertEquals("maxfraction", e.field());
    }

    @Test
    void unknownFieldsAreRefusedInEveryPartOfATableAndAPractitioner() {
        var top = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", TABLE.replace("widthCm", "widthcm")));
        assertTrue(top.getMessage().startsWith("t.yaml: widthcm: is not a known field; did you mean widthCm?"), top.getMessage());
        var cell = assertThrows(ConfigException.class, () -> ConfigReader.parseTable("t.yaml", TABLE.replace("yCm: 4", "ycm: 4")));
        assertTrue(cell.getMessage().startsWith("t.yaml: cells[0].ycm: is not a known field; did you mean yCm?"), cell.getMessage());
        var practitioner = assertThrows(ConfigException.class,
                () -> ConfigReader.parsePractitioner("p.yaml", "id: p\nweight: 70\n"));
        assertEquals("p.yaml: weight: is not a known field; did you mean weightKg? (known: id, name, weightKg)",
                practitioner.getMessage());
    }

    @Test
    void anUnknownZoneNamesTheNearestZone() {
        var e = assertThrows(ConfigException.class, () -> ConfigReader.parseClient("c.yaml",
                "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\nzoneFactors: {lowerback: 0.3}\n"));
        assertTrue(e.getMessage().startsWith("c.yaml: zoneFactors.lowerback: is not a zone; did you mean LOWER_BACK? (zones: FOOT,"),
                e.getMessage());
        var twice = assertThrows(ConfigException.class, () -> ConfigReader.parseClient("c.yaml",
                "id: c\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 30\nzoneFactors: {calf: 0.3, CALF: 1.5}\n"));
        assertEquals("c.yaml: zoneFactors.CALF: gives CALF a second time", twice.getMessage());
    }

    @Test
    void aConfigFileLargerThanTheBoundIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("id: c\nnotes: |\n");
            String line = "  " + "x".repeat(1000) + "\n";
            for (int i = 0; i <= ConfigFields.MAX_BYTES / line.length(); i++) {
                out.write(line);
            }
        }
        var e = assertThrows(ConfigException.class, () -> ConfigReader.readClient(big));
        assertEquals(big + ": is larger than a config may be (262144 bytes; tables and profiles are a few kB)", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(dir.resolve("p.yaml"), "id: p\nname: Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": is not UTF-8 text",
                assertThrows(ConfigException.class, () -> ConfigReader.readPractitioner(latin1)).getMessage());
    }
}
