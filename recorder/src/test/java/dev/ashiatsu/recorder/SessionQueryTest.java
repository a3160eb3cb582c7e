package dev.ashiatsu.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filters and pages of the session list, on summaries made here. */
class SessionQueryTest {

    private static SessionSummary session(int i, String client, int alarms, int high) {
        return new SessionSummary("20251122-0" + i + "0000-abcd", client, "C", "pract-" + (i % 2), "P", "t", "s",
                1_000_000L * (10 - i), 60, 100, 20, 0, alarms, high, 0, true, 0, 1000, 0, 0, null, null, null, null);
    }

    private static final SessionSummary UNREADABLE = SessionSummary.unreadable("20251122-000000-dead", 99, "damaged");

    /** Newest first: session 0 is the newest; each is named by its digit. */
    private static final List<SessionSummary> LIST = List.of(session(0, "a", 0, 0), session(1, "b", 2, 0),
            session(2, "a", 3, 1), session(3, "a", 1, 0));

    private static List<String> ids(SessionPage page) {
        List<String> ids = new ArrayList<>();
        page.sessions().forEach(s -> ids.add(s.id().substring(10, 11)));
        return ids;
    }

    @Test
    void eachFilterKeepsItsSessionsInOrderAndCountsThem() {
        assertEquals(List.of("0", "2", "3"), ids(query("a", null, null).page(LIST)));
        assertEquals(List.of("1", "3"), ids(query(null, "pract-1", null).page(LIST)));
        assertEquals(List.of("1", "2", "3"), ids(query(null, null, SessionQuery.Alarms.ANY).page(LIST)));
        assertEquals(List.of("2"), ids(query(null, null, SessionQuery.Alarms.HIGH).page(LIST)));
        assertEquals(List.of("0"), ids(query(null, null, SessionQuery.Alarms.NONE).page(LIST)));
        SessionQuery window = new SessionQuery(null, null, 8_000_000, 10_000_000, null, 0, 10);
        assertEquals(List.of("1", "2"), ids(window.page(LIST)), "from inclusive, to exclusive");
    }

    @Test
    void aPageIsTheLimitFromTheOffsetAndTheTotalCountsEveryMatch() {
        SessionPage page = new SessionQuery("a", null, Long.MIN_VALUE, Long.MAX_VALUE, null, 1, 1).page(LIST);
        assertEquals(List.of("2"), ids(page));
        assertEquals(3, page.total());
        SessionPage past = new SessionQuery(null, null, Long.MIN_VALUE, Long.MAX_VALUE, null, 10, 5).page(LIST);
        assertEquals(List.of(), past.sessions());
        assertEquals(4, past.total());
    }

    @Test
    void anUnreadableSessionMatchesOnlyWithoutAFilterOnWhoOrAlarms() {
        List<SessionSummary> withUnreadable = new ArrayList<>(LIST);
        withUnreadable.add(UNREADABLE);
        assertEquals(5, SessionQuery.ALL.page(withUnreadable).total());
        assertEquals(3, query("a", null, null).page(withUnreadable).total());
        assertEquals(1, query(null, null, SessionQuery.Alarms.NONE).page(withUnreadable).total(), "its alarms are unknown");
    }

    @Test
    void aLimitOrOffsetOutOfRangeIsRefusedNamingIt() {
        assertEquals("limit must be 1 to 1000, was 0", assertThrows(IllegalArgumentException.class,
                () -> new SessionQuery(null, null, 0, 1, null, 0, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SessionQuery(null, null, 0, 1, null, 0, 1001));
        assertEquals("offset must be 0 or more, was -1", assertThrows(IllegalArgumentException.class,
                () -> new SessionQuery(null, null, 0, 1, null, -1, 10)).getMessage());
    }

    private static SessionQuery query(String client, String practitioner, SessionQuery.Alarms alarms) {
        return new SessionQuery(client, practitioner, Long.MIN_VALUE, Long.MAX_VALUE, alarms, 0, SessionQuery.DEFAULT_LIMIT);
    }
}
