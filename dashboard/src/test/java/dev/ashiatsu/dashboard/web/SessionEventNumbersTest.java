package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.fixtures.LiveSocket;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session events before the first frame have no frame time: on the wire that is null, never the string "NaN". */
class SessionEventNumbersTest {

    @Test
    void anEventBeforeTheFirstFrameCarriesANullTime(@TempDir Path data) throws Exception {
        ScriptedSource silent = new ScriptedSource(TestTable.table(), 50, t -> TestTable.script(t, 1e9, 0));
        silent.pause();
        try (RunningDashboard server = RunningDashboard.start(data, silent, TestTable.table(), TestTable.client(),
                TestTable.practitioner(), true)) {
            HttpResponse<String> context = server.get("/api/context");
            assertEquals(200, context.statusCode(), context.body());
            JsonNode events = RunningDashboard.json(context).path("events");
            assertFalse(events.isEmpty(), "the session start is an event: " + context.body());
            assertFalse(context.body().contains("\"NaN\""), context.body());
            for (JsonNode event : events) {
                assertTrue(event.path("tMs").isNull(), "no frame yet, so no frame time: " + event);
                assertTrue(event.path("epochMs").isNumber(), event.toString());
            }
            try (LiveSocket live = server.openLive()) {
                JsonNode first = live.await(LiveSocket.ofType("context"), 5, "the context");
                assertTrue(first.path("events").get(0).path("tMs").isNull(), first.toString());
            }
        }
    }
}
