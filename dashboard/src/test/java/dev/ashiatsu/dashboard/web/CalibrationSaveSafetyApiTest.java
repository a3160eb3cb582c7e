package dev.ashiatsu.dashboard.web;

import static dev.ashiatsu.dashboard.fixtures.RunningDashboard.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.testing.Await;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a calibration restarts the monitor, which captures the client's baseline afresh: done while the
 * practitioner works on the client, the new monitor has no baseline while the bars are held and then takes
 * client and practitioner together for the client, so the limits no longer apply. A save is refused (409)
 * while the phase is LOADED, or forced by hand with load on the table, before anything is written, and
 * monitoring goes on as before.
 */
class CalibrationSaveSafetyApiTest {

    @TempDir
    static Path data;
    static RunningDashboard server;
    static volatile double weightOnHeadLeftKg;
    static volatile boolean clientOn;
    static volatile double appliedKg;

    @BeforeAll
    static void start() throws Exception {
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, t -> {
            double wobble = 0.01 * Math.sin(t / 37.0);
            double client = clientOn ? TestTable.CLIENT_KG / 4 : 0;
            double applied = appliedKg;
            double bars = applied > 0 ? (TestTable.PRACTITIONER_KG - applied) / 2 : 0;
            return new double[] {client + applied / 4 + weightOnHeadLeftKg + wobble, client + applied / 4 + wobble,
                    client + applied / 4 + wobble, client + applied / 4 + wobble, bars + wobble, bars + wobble};
        });
        server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(), TestTable.practitioner(), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCalibrationIsNotSavedWhileThePractitionerWorksOnTheClient() throws Exception {
        awaitEstimate(e -> server.dashboard().pipeline().tareCheck().safe(), "the empty table steady");
        assertEquals(200, server.send("POST", "/api/calibration/head-left/zero", "{\"samples\":40}").statusCode());
        weightOnHeadLeftKg = 10;
        awaitEstimate(e -> e.cellKg()[0] > 9.9, "the weight on head-left");
        HttpResponse<String> loaded = server.send("POST", "/api/calibration/head-left/loaded", "{\"weightKg\":10,\"samples\":40}");
        assertEquals(200, loaded.statusCode(), loaded.body());
        weightOnHeadLeftKg = 0;
        clientOn = true;
        awaitEstimate(e -> e.baselineKg() != null, "the client's baseline");
        appliedKg = 25;
        awaitEstimate(e -> e.phase() == Phase.LOADED && Math.abs(e.appliedKg() - 25) < 0.5, "25 kg applied, LOADED");

        HttpResponse<String> save = server.send("POST", "/api/calibration/head-left/save", null);

        assertEquals(409, save.statusCode(), "a new calibration mid-treatment: " + save.body() + "; then "
                + awaitEstimate(e -> true, "a frame"));
        assertTrue(json(save).path("error").asText().contains("LOADED"), save.body());
        assertEquals("LOADED", json(save).path("phase").asText(), save.body());
        assertFalse(Files.exists(data.resolve("table.yaml")), "nothing written");

        assertEquals(200, server.send("POST", "/api/phase", "{\"phase\":\"CLIENT\"}").statusCode());
        awaitEstimate(e -> e.phase() == Phase.CLIENT, "the phase forced to CLIENT by hand");
        HttpResponse<String> forced = server.send("POST", "/api/calibration/head-left/save", null);
        assertEquals(409, forced.statusCode(), "a phase forced by hand hides the practitioner: " + forced.body());
        assertTrue(json(forced).path("error").asText().contains("by hand"), forced.body());
        assertFalse(Files.exists(data.resolve("table.yaml")), "nothing written");
        assertEquals(200, server.send("POST", "/api/phase", "{\"phase\":\"AUTO\"}").statusCode());
        awaitEstimate(e -> e.phase() == Phase.LOADED, "the automatic phase back");

        appliedKg = 35;
        awaitEstimate(e -> e.phase() == Phase.LOADED && Math.abs(e.appliedKg() - 35) < 0.5, "35 kg applied");
        Await.until(Duration.ofSeconds(10), () -> server.dashboard().pipeline().alarms().list().stream()
                        .anyMatch(a -> a.alarm().active() && a.alarm().type() == AlarmType.OVER_LIMIT),
                () -> "the limit still applies: " + server.dashboard().pipeline().alarms().list());

        appliedKg = 0;
        clientOn = false;
        awaitEstimate(e -> server.dashboard().pipeline().tareCheck().safe(), "the table empty again");
        HttpResponse<String> later = server.send("POST", "/api/calibration/head-left/save", null);
        assertEquals(200, later.statusCode(), "the proposal is kept for a save with the table free: " + later.body());
    }

    static Estimate awaitEstimate(Predicate<Estimate> condition, String what) throws Exception {
        return Await.value(Duration.ofSeconds(15), () -> {
            var latest = server.dashboard().pipeline().latest();
            return latest == null ? null : latest.estimate();
        }, estimate -> estimate != null && condition.test(estimate), what);
    }
}
