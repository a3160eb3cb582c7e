package dev.ashiatsu.dashboard.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.estimate.Zone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAProfileAsYamlTheCoreReadsBackUnchanged() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        ClientProfile client = new ClientProfile("ana", "Ana", 160, 9, null, 0.4, Map.of(Zone.CALF, 0.5), "notes: with colon");
        data.clients().save(client);
        assertEquals(client, data.clients().find("ana").orElseThrow());
        try (Stream<Path> files = Files.list(dir.resolve("clients"))) {
            assertEquals(List.of("ana.yaml"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void readsJsonProfilesAndReportsBrokenFilesWithoutFailingTheList() throws Exception {
        Files.createDirectories(dir.resolve("practitioners"));
        Files.writeString(dir.resolve("practitioners/kim.json"), "{\"id\":\"kim\",\"weightKg\":61}");
        Files.writeString(dir.resolve("practitioners/bad.yaml"), "id: bad\nweightKg: 2\n");
        DataDirectory data = new DataDirectory(dir);
        List<String> problems = new ArrayList<>();
        assertEquals(1, data.practitioners().list(problems).size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("bad.yaml") && problems.get(0).contains("weightKg"), problems.get(0));
    }

    @Test
    void refusesIdsThatAreNotPlainFileNames() {
        DataDirectory data = new DataDirectory(dir);
        assertThrows(IllegalArgumentException.class, () ->
                data.clients().save(new ClientProfile("../x", null, 160, 9, 20.0, null, Map.of(), null)));
        assertTrue(data.clients().find("../x").isEmpty());
    }

    @Test
    void replacesAFileAtomicallyAndDeletesIt() throws Exception {
        Path file = dir.resolve("a/b.txt");
        AtomicFiles.write(file, "one");
        AtomicFiles.write(file, "two");
        assertEquals("two", Files.readString(file));
        DataDirectory data = new DataDirectory(dir);
        data.clients().save(new ClientProfile("zed", null, 160, 9, 20.0, null, Map.of(), null));
        assertTrue(data.clients().delete("zed"));
        assertFalse(data.clients().delete("zed"));
    }

    /**
     * A copied file whose id is not its name: listed under that id it could not be opened or chosen, and
     * beside the file of that id the list would show two profiles of one id with different limits.
     */
    @Test
    void aProfileFileWhoseIdIsNotItsNameIsAProblem() throws Exception {
        Files.createDirectories(dir.resolve("clients"));
        Files.writeString(dir.resolve("clients/maya.yaml"), "id: maya\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 20\n");
        Path copy = Files.writeString(dir.resolve("clients/maya-old.yaml"),
                "id: maya\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 60\n");
        DataDirectory data = new DataDirectory(dir);
        List<String> problems = new ArrayList<>();

        List<ClientProfile> listed = data.clients().list(problems);

        assertEquals(List.of(20.0), listed.stream().map(ClientProfile::maxAppliedKg).toList(), "one maya, from maya.yaml");
        assertEquals(List.of(copy + ": id: is 'maya', but the file is named maya-old: a profile's id must be its file's name"),
                problems);
        ConfigException refused = assertThrows(ConfigException.class, () -> data.clients().find("maya-old"));
        assertEquals(problems.get(0), refused.getMessage());
    }

    @Test
    void aProfileFileWithAMisspeltLimitIsAProblemNotAProfileWithoutTheLimit() throws Exception {
        Files.createDirectories(dir.resolve("clients"));
        Path file = Files.writeString(dir.resolve("clients/typo.yaml"),
                "id: typo\nheightCm: 170\ncrownXcm: 5\nmaxAppliedKg: 40\nmaxfraction: 0.6\n");
        DataDirectory data = new DataDirectory(dir);
        List<String> problems = new ArrayList<>();

        assertEquals(List.of(), data.clients().list(problems));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(file + ": maxfraction: is not a known field; did you mean maxFraction?"),
                problems.get(0));
        assertThrows(ConfigException.class, () -> data.clients().find("typo"));
        assertTrue(data.clients().exists("typo"));
    }
}
