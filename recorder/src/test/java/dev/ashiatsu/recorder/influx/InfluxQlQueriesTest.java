package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.SessionQuery;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The InfluxQL the review server sends, and how its answers' rows are read. */
class InfluxQlQueriesTest {

    @Test
    void aSessionsPointsAreOnePageOfOneSessionInItsRange() {
        String q = InfluxQlQueries.points(PointMapper.FRAME, "20261122-100000-1a2b", Instant.parse("2026-11-22T09:00:00Z"),
                true, Instant.parse("2026-11-22T12:05:00.5Z"), 10_000);
        assertEquals("SELECT * FROM \"ashiatsu_frame\" WHERE \"session\" = '20261122-100000-1a2b'"
                + " AND time >= '2026-11-22T09:00:00Z' AND time < '2026-11-22T12:05:00.500Z' ORDER BY time ASC LIMIT 10000", q);
        assertTrue(InfluxQlQueries.points(PointMapper.NOTE, "x", Instant.ofEpochSecond(0, 1_500), false, Instant.EPOCH, 2)
                .contains("time > '1970-01-01T00:00:00.000001500Z'"), "a later page starts after the last time, to the ns");
        assertEquals("SELECT " + InfluxQlQueries.LIST_COLUMNS + " FROM \"ashiatsu_session\" WHERE time >= '1970-01-01T00:00:00Z'"
                + " ORDER BY time ASC LIMIT 7", InfluxQlQueries.sessions(Instant.EPOCH, true, 7));
        assertTrue(!InfluxQlQueries.LIST_COLUMNS.contains("info_json") && InfluxQlQueries.LIST_COLUMNS.contains("\"ended\""),
                "the list reads every column but the session info");
    }

    @Test
    void theListsFiltersAndPageAreInTheQuery() {
        SessionQuery query = new SessionQuery("client-a", "it's", 1_763_776_800_000L, 1_763_780_400_000L,
                SessionQuery.Alarms.HIGH, 200, 100);
        assertEquals("SELECT " + InfluxQlQueries.LIST_COLUMNS + " FROM \"ashiatsu_session\" WHERE \"client\" = 'client-a'"
                + " AND \"practitioner\" = 'it\\'s' AND time >= 1763776800000000000 AND time < 1763780400000000000"
                + " AND \"high_alarm_count\" > 0 ORDER BY time DESC LIMIT 100 OFFSET 200", InfluxQlQueries.sessionPage(query));
        assertEquals("SELECT count(\"started_at_ms\") FROM \"ashiatsu_session\" WHERE \"alarm_count\" = 0",
                InfluxQlQueries.sessionCount(new SessionQuery(null, null, Long.MIN_VALUE, Long.MAX_VALUE,
                        SessionQuery.Alarms.NONE, 0, 1)));
        assertEquals("SELECT count(\"started_at_ms\") FROM \"ashiatsu_session\"", InfluxQlQueries.sessionCount(SessionQuery.ALL));
    }

    @Test
    void namesAndTextAreQuotedAndEscaped() {
        assertEquals("'it\\'s a \\\\ test'", InfluxQlQueries.literal("it's a \\ test"));
        assertEquals("\"a \\\"b\\\"\"", InfluxQlQueries.identifier("a \"b\""));
        assertTrue(InfluxQlQueries.session("x' OR '1'='1").contains("= 'x\\' OR \\'1\\'=\\'1'"));
    }

    @Test
    void rowsReadAbsentAndEmptyAlikeAndRefuseValuesOfTheWrongType() {
        QlRow row = new QlRow(Map.of("time", 0, "t_ms", 1, "zone", 2, "ended", 3, "frames", 4),
                new Object[] {"1700000000000001500", "12.5", "", "true", "12.5"});
        assertEquals(1_700_000_000_000_001_500L, row.timeNs());
        assertEquals(12.5, row.number("t_ms", Double.NaN));
        assertEquals(null, row.text("zone"));
        assertEquals(null, row.text("missing"));
        assertEquals(-1, row.whole("missing", -1));
        assertEquals(Boolean.TRUE, row.bool("ended"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.whole("frames", 0));
        assertEquals("field frames is not an integer: '12.5'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> row.bool("t_ms"));
        IllegalArgumentException frame = assertThrows(IllegalArgumentException.class, () -> PointRows.summary(
                new QlRow(Map.of("time", 0, "session", 1, "frames", 2), new Object[] {"0", "20261122-100000-1a2b", "many"})));
        assertTrue(frame.getMessage().startsWith("session 20261122-100000-1a2b: field frames"), frame.getMessage());
    }
}
