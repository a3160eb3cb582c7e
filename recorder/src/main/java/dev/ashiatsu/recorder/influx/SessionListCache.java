package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole session list of an InfluxDB archive in memory, for the list without a client or practitioner
 * filter: on InfluxDB 1.x every session is a series of its own, so a newest-first page of all sessions merges
 * every series (seconds at 10,000 sessions), while a filter on a tag reads only its series. The first call
 * reads the list; a later call older than {@code refreshMs} answers the copy at once and reads it again in the
 * background, so the list is at most {@code refreshMs} plus one read old. When the background read fails, the
 * copy is answered until it is {@code maxAgeMs} old; after that a call reads the list itself, and fails as the
 * read fails (a 502 for the route).
 * Thread-safe.
 */
final class SessionListCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListCache.class);

    /** Reads the whole list, newest first. */
    interface Reader {
        List<SessionSummary> read() throws SessionArchive.Unavailable;
    }

    private record Copy(List<SessionSummary> newestFirst, long readAtMs) {
    }

    private final Reader reader;
    private final long refreshMs;
    private final long maxAgeMs;
    private final LongSupplier clockMs;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "influx-session-list");
        thread.setDaemon(true);
        return thread;
    });
    private Copy copy;
    private boolean refreshing;

    SessionListCache(Reader reader, long refreshMs, long maxAgeMs, LongSupplier clockMs) {
        if (refreshMs <= 0 || maxAgeMs < refreshMs) {
            throw new IllegalArgumentException("refreshMs must be positive and maxAgeMs at least refreshMs, were "
                    + refreshMs + " and " + maxAgeMs);
        }
        this.reader = reader;
        this.refreshMs = refreshMs;
        this.maxAgeMs = maxAgeMs;
        this.clockMs = clockMs;
    }

    /** The list, newest first (shared: do not change it). */
    List<SessionSummary> current() throws SessionArchive.Unavailable {
        Copy now;
        synchronized (this) {
            now = copy;
            long age = now == null ? Long.MAX_VALUE : clockMs.getAsLong() - now.readAtMs();
            if (now != null && age <= refreshMs) {
                return now.newestFirst();
            }
            if (now != null && age <= maxAgeMs) {
                refreshInBackground();
                return now.newestFirst();
            }
        }
        return read();
    }

    /** Starts reading the list in the background if it was never read (at a server's start). */
    synchronized void prefetch() {
        if (copy == null) {
            refreshInBackground();
        }
    }

    private List<SessionSummary> read() throws SessionArchive.Unavailable {
        long startedMs = clockMs.getAsLong();
        List<SessionSummary> fresh = List.copyOf(reader.read());
        synchronized (this) {
            copy = new Copy(fresh, startedMs);
        }
        return fresh;
    }

    private void refreshInBackground() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        background.execute(() -> {
            try {
                read();
            } catch (SessionArchive.Unavailable | RuntimeException e) {
                LOG.warn("session list not read again, the copy is kept: {}", e.getMessage());
            } finally {
                synchronized (this) {
                    refreshing = false;
                }
            }
        });
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
