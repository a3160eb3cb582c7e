package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Flux the review server sends: names are quoted so that no bucket name can change the query. */
class FluxQueriesTest {

    @Test
    void stringsAreQuotedAndEscaped() {
        assertEquals("\"plain\"", FluxQueries.quote("plain"));
        assertEquals("\"a\\\"b\\\\c\\${x}\"", FluxQueries.quote("a\"b\\c${x}"));
        String flux = FluxQueries.list("b\") |> drop(columns: [\"x\"]) //");
        assertTrue(flux.startsWith("from(bucket: \"b\\\") |> drop(columns: [\\\"x\\\"]) //\")\n"), flux);
    }

    @Test
    void aSessionsPointsAreAskedForByTagOverItsRange() {
        String flux = FluxQueries.points("ashiatsu", PointMapper.FRAME, "20261122-100000-1a2b",
                Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T11:05:00.5Z"));
        assertEquals("""
                from(bucket: "ashiatsu")
                  |> range(start: 2026-11-22T09:00:00Z, stop: 2026-11-22T11:05:00.500Z)
                  |> filter(fn: (r) => r._measurement == "ashiatsu_frame" and r.session == "20261122-100000-1a2b")
                  |> rename(columns: {table: "table_name"})
                  |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")""", flux);
    }
}
