package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import dev.ashiatsu.testing.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/sessions}: filters, pages, the total in {@code X-Total-Count}, newest first, and bad
 * parameters, on {@value #SESSIONS} short sessions ({@link ManySessions}) behind a real server.
 */
class SessionListRoutesTest {

    static final int SESSIONS = 24;

    @TempDir
    static Path sessions;

    private static ReviewServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void record() throws Exception {
        server = new ReviewServer(sessions);
        ManySessions.record(server.store, SESSIONS, 2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The session numbers (see {@link ManySessions}) of a list, in its order. */
    private static List<Integer> numbers(JsonNode list) {
        List<Integer> numbers = new ArrayList<>();
        list.forEach(s -> numbers.add((int) ((s.get("startedAt").asLong() - ManySessions.FIRST_START) / ManySessions.STEP_MS)));
        return numbers;
    }

    /** The session numbers that pass, newest (highest) first. */
    private static List<Integer> expected(IntPredicate passes) {
        return IntStream.iterate(SESSIONS - 1, i -> i >= 0, i -> i - 1).filter(passes).boxed().toList();
    }

    private static HttpResponse<String> send(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/sessions" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page's numbers, checking the status and that X-Total-Count counts every match. */
    private static List<Integer> list(String query, int total) throws Exception {
        HttpResponse<String> response = send(query);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        assertEquals(String.valueOf(total), response.headers().firstValue("X-Total-Count").orElse(null), query);
        return numbers(JSON.readTree(response.body()));
    }

    @Test
    void listsNewestFirstWithTheTotal() throws Exception {
        assertEquals(expected(i -> true), list("", SESSIONS));
    }

    @Test
    void filtersByClientPractitionerTimeAndAlarms() throws Exception {
        assertEquals(expected(i -> ManySessions.clientId(i).equals("client-5")), list("?clientId=client-5", 1));
        List<Integer> pract3 = expected(i -> ManySessions.practitionerId(i).equals("pract-3"));
        assertEquals(pract3, list("?practitionerId=pract-3", pract3.size()));
        long from = ManySessions.startedAt(5);
        long to = ManySessions.startedAt(9);
        assertEquals(expected(i -> i >= 5 && i < 9), list("?from=" + from + "&to=" + to, 4), "from inclusive, to exclusive");
        List<Integer> any = expected(i -> ManySessions.alarms(i)[0]);
        List<Integer> high = expected(i -> ManySessions.alarms(i)[1]);
        List<Integer> none = expected(i -> !ManySessions.alarms(i)[0]);
        assertEquals(any, list("?alarms=any", any.size()));
        assertEquals(high, list("?alarms=HIGH", high.size()));
        assertEquals(none, list("?alarms=none", none.size()));
        assertEquals(expected(i -> ManySessions.alarms(i)[1] && i >= 5 && i < 9 && ManySessions.practitionerId(i).equals("pract-6")),
                list("?alarms=high&practitionerId=pract-6&from=" + from + "&to=" + to, 1), "filters combine");
    }

    @Test
    void pagesAreTheLimitFromTheOffset() throws Exception {
        List<Integer> all = expected(i -> true);
        assertEquals(all.subList(5, 10), list("?limit=5&offset=5", SESSIONS));
        assertEquals(all.subList(20, 24), list("?limit=5&offset=20", SESSIONS), "the last page is short");
        assertEquals(List.of(), list("?offset=1000", SESSIONS), "past the end: empty, total still given");
        List<Integer> any = expected(i -> ManySessions.alarms(i)[0]);
        assertEquals(any.subList(3, 6), list("?alarms=any&limit=3&offset=3", any.size()), "a page of a filtered list");
    }

    @Test
    void aBadParameterIs400NamingIt() throws Exception {
        for (String[] bad : new String[][] {{"?alarms=some", "alarms"}, {"?limit=0", "limit"}, {"?limit=1001", "limit"},
                {"?offset=-1", "offset"}, {"?from=yesterday", "from"}, {"?client=client-5", "client"},
                {"?clientId=a&clientId=b", "clientId"}}) {
            HttpResponse<String> response = send(bad[0]);
            assertEquals(400, response.statusCode(), bad[0]);
            assertEquals(bad[1], JSON.readTree(response.body()).get("field").asText(), bad[0] + ": " + response.body());
        }
    }

    /**
     * On a server of its own: it changes what is listed. Changes through the product (recording, a note) show at
     * once; a journal damaged by another program within the store's refresh bound.
     */
    @Test
    void aSessionAddedChangedOrDamagedWhileListedShowsAsItIsNow(@TempDir Path own) throws Exception {
        try (ReviewServer alone = new ReviewServer(own)) {
            ManySessions.record(alone.store, 3, 1);
            JsonNode first = page(alone, "");
            assertEquals(3, first.size());
            ManySessions.record(alone.store, 4, 1); // sessions 0 to 3 again (new ids), session 3 is new and newest
            assertEquals(7, page(alone, "").size(), "added sessions are listed");
            String id = page(alone, "?limit=1").get(0).get("id").asText();
            int notesBefore = page(alone, "?limit=1").get(0).get("noteCount").asInt();
            try (JournalRecorder recorder = new JournalRecorder(alone.store)) {
                recorder.note(id, 10, "added while listed").get(10, TimeUnit.SECONDS);
            }
            JsonNode changed = page(alone, "?limit=1").get(0);
            assertEquals(id, changed.get("id").asText());
            assertEquals(notesBefore + 1, changed.get("noteCount").asInt(), "the new note is counted");

            Path journal = JournalFiles.journal(alone.store.dir(), id);
            byte[] bytes = Files.readAllBytes(journal);
            for (int i = 8; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            Files.write(journal, bytes);
            // another program's change: found by the store's refresh, within its period (docs/recording.md)
            JsonNode damaged = Await.value(Duration.ofMillis(3 * SessionStore.OUTSIDE_CHANGE_BOUND_MS),
                    () -> page(alone, "?limit=1").get(0), s -> s.hasNonNull("unreadable"), "the damage listed");
            assertEquals(id, damaged.get("id").asText(), "still listed where it was");
            assertTrue(damaged.hasNonNull("unreadable"), "its journal cannot be read now: " + damaged);
            assertEquals(6, page(alone, "?clientId=" + ManySessions.clientId(3) + "&limit=10").size()
                    + page(alone, "?clientId=" + ManySessions.clientId(0) + "&limit=10").size()
                    + page(alone, "?clientId=" + ManySessions.clientId(1) + "&limit=10").size()
                    + page(alone, "?clientId=" + ManySessions.clientId(2) + "&limit=10").size(),
                    "an unreadable session matches no client filter (whose it is is unknown)");
        }
    }

    private static JsonNode page(ReviewServer on, String query) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(on.url() + "/api/sessions" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
