package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer and the reader of each file format agree: what is written reads back to an equal record. */
class ConfigWriterTest {

    @Test
    void aTableReadsBackEqual() {
        TableConfig table = new TableConfig("Table: \"main\" # 1", 190, 72, 80, List.of(
                new CellConfig("T1", CellRole.TABLE, 4, 4, 13819, 18266.202),
                new CellConfig("T2", CellRole.TABLE, 186.5, 68, -27671, -19277.0523),
                new CellConfig("B1", CellRole.BAR, 0, 0, -8388608, 1)));
        assertEquals(table, ConfigReader.parseTable("written", ConfigWriter.yaml(table)));
    }

    @Test
    void clientsWithAwkwardTextReadBackEqual() {
        for (String text : List.of("null", "yes", "1.5", "a: b", "#x", "line one\nline two", " padded ", "'quoted'", "~")) {
            ClientProfile client = new ClientProfile("c-1", text, 175, -12.5, null, 0.6, Map.of(Zone.LOWER_BACK, 0.3), text);
            assertEquals(client, ConfigReader.parseClient("written", ConfigWriter.yaml(client)), text);
        }
        ClientProfile both = new ClientProfile("c2", "C", 160, 9, 42.0, null, Map.of(), "");
        assertEquals(both, ConfigReader.parseClient("written", ConfigWriter.yaml(both)));
    }

    @Test
    void practitionersWithAndWithoutWeightReadBackEqual() {
        for (Double weight : new Double[] {null, 68.5}) {
            PractitionerProfile practitioner = new PractitionerProfile("p", "true", weight);
            assertEquals(practitioner, ConfigReader.parsePractitioner("written", ConfigWriter.yaml(practitioner)));
        }
    }
}
