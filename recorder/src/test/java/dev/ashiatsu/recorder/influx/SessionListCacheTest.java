package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.testing.Await;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The copy of an InfluxDB archive's whole list: read once, read again in the background when old. */
class SessionListCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean down;

    private List<SessionSummary> read() throws SessionArchive.Unavailable {
        if (down) {
            throw new SessionArchive.Unavailable("InfluxDB http://db database d: down", null);
        }
        int n = reads.incrementAndGet();
        return List.of(SessionSummary.unreadable("20251122-10000" + n + "-abcd", n, "read " + n));
    }

    private static String reason(List<SessionSummary> list) {
        return list.get(0).unreadable();
    }

    @Test
    void answersTheCopyAndReadsAgainInTheBackgroundOnceItIsOld() throws Exception {
        try (SessionListCache cache = new SessionListCache(this::read, 5_000, 60_000, clock::get)) {
            assertEquals("read 1", reason(cache.current()));
            clock.addAndGet(5_000);
            assertEquals("read 1", reason(cache.current()), "young enough: no read");
            assertEquals(1, reads.get());
            clock.addAndGet(1);
            assertEquals("read 1", reason(cache.current()), "old: the copy is answered at once...");
            Await.until(() -> reads.get() == 2, "...and read again in the background");
            Await.until(() -> "read 2".equals(reason(current(cache))), "the new copy answered");
        }
    }

    @Test
    void aFailingServerIsReportedOnceTheCopyIsTooOld() throws Exception {
        try (SessionListCache cache = new SessionListCache(this::read, 5_000, 60_000, clock::get)) {
            cache.current();
            down = true;
            clock.addAndGet(30_000);
            assertEquals("read 1", reason(cache.current()), "the copy is kept while the server is down");
            clock.addAndGet(30_001);
            SessionArchive.Unavailable e = assertThrows(SessionArchive.Unavailable.class, cache::current);
            assertEquals("InfluxDB http://db database d: down", e.getMessage());
        }
    }

    private static List<SessionSummary> current(SessionListCache cache) {
        try {
            return cache.current();
        } catch (SessionArchive.Unavailable e) {
            throw new IllegalStateException(e);
        }
    }
}
