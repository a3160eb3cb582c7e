package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.SteeredLoad;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's buttons on the real server and {@code /ws/live}: a client stop is an {@code alarm} message
 * with its press (the load, its fraction, 5 s of history) and stays in every update until acknowledged;
 * the acknowledge button and the page's {@code POST /api/alarms/{id}/ack} both send an {@code acknowledged}
 * message and end it.
 */
class ButtonPressStreamTest {

    @Test
    void aStopGoesOutWithItsPressAndEndsWhenAcknowledgedByButtonOrPage(@TempDir Path data) throws Exception {
        SteeredLoad load = new SteeredLoad();
        ScriptedSource source = new ScriptedSource(TestTable.table(), 80, load);
        try (RunningDashboard server = RunningDashboard.start(data, source, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), false);
             LiveSocket live = LiveSocket.open(HttpClient.newHttpClient(),
                     URI.create("ws://127.0.0.1:" + server.port() + "/ws/live"), null)) {
            live.await(m -> "update".equals(m.path("type").asText()) && m.path("baselineKg").isNumber(), 20,
                    "a baseline");
            load.steer(20, TestTable.LOAD_X_CM);
            live.await(m -> "update".equals(m.path("type").asText()) && m.path("appliedKg").asDouble() > 19.9, 20,
                    "20 kg on the client");

            source.press(Input.CLIENT_STOP);
            JsonNode raised = live.await(alarm("raised"), 5, "the stop raised").get("alarm");
            long id = raised.get("id").asLong();
            assertEquals("HIGH", raised.get("priority").asText());
            assertEquals("THIGH", raised.get("zone").asText());
            JsonNode press = raised.get("press");
            assertEquals(20, press.get("appliedKg").asDouble(), 0.1);
            assertEquals(20.0 / TestTable.PRACTITIONER_KG, press.get("fraction").asDouble(), 0.01);
            assertEquals(50, press.get("historyKg").size());
            assertEquals(100, press.get("historyStepMs").asDouble());
            JsonNode listed = live.await(m -> "update".equals(m.path("type").asText()) && listsActive(m, id), 5,
                    "an update listing the stop");
            assertTrue(listed.get("alarms").get(0).get("press").isObject(), "the update's alarm carries its press");

            source.press(Input.ACKNOWLEDGE);
            JsonNode byButton = live.await(LiveSocket.ofType("acknowledged"), 5, "the acknowledgement");
            assertEquals("button", byButton.get("by").asText());
            assertEquals(id, byButton.get("alarm").get("id").asLong());
            assertTrue(byButton.get("tMs").isNumber());
            JsonNode ended = live.await(alarm("ended"), 5, "the stop ended").get("alarm");
            assertEquals(id, ended.get("id").asLong());
            assertEquals(byButton.get("tMs").asDouble(), ended.get("endMs").asDouble(), 1e-9,
                    "a stop ends at its acknowledgement");
            live.await(m -> "update".equals(m.path("type").asText()) && !lists(m, id), 5, "the stop gone from the list");

            source.press(Input.CLIENT_STOP);
            long second = live.await(alarm("raised"), 5, "a second stop").get("alarm").get("id").asLong();
            assertEquals(200, server.send("POST", "/api/alarms/" + second + "/ack", "").statusCode());
            JsonNode event = live.await(m -> "event".equals(m.path("type").asText())
                    && m.get("event").get("text").asText().contains("alarm " + second + " (CLIENT_STOP) acknowledged"),
                    5, "the acknowledgement in the event list");
            assertEquals("alarm", event.get("event").get("kind").asText());
            JsonNode byPage = live.await(LiveSocket.ofType("acknowledged"), 5, "the page's acknowledgement");
            assertEquals("page", byPage.get("by").asText());
            assertEquals(second, live.await(alarm("ended"), 5, "the second stop ended").get("alarm").get("id").asLong());
        }
    }

    private static Predicate<JsonNode> alarm(String change) {
        return m -> "alarm".equals(m.path("type").asText()) && change.equals(m.path("change").asText())
                && "CLIENT_STOP".equals(m.path("alarm").path("type").asText());
    }

    private static boolean listsActive(JsonNode update, long id) {
        for (JsonNode a : update.get("alarms")) {
            if (a.get("id").asLong() == id && a.get("active").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private static boolean lists(JsonNode update, long id) {
        for (JsonNode a : update.get("alarms")) {
            if (a.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }
}
