package dev.ashiatsu.recorder;

import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionDigest;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.recorder.journal.SessionWindow;
import java.io.IOException;
import java.util.List;

/**
 * Recorded sessions, for reading (what the review pages show). Two kinds: the local journals
 * ({@link dev.ashiatsu.recorder.journal.SessionStore}) and an InfluxDB bucket that tables upload to
 * ({@link dev.ashiatsu.recorder.influx.InfluxSessionArchive}). Thread-safe.
 * An unknown session is a {@link java.nio.file.NoSuchFileException}; a store that cannot be reached
 * is an {@link Unavailable}; a session that cannot be read at all is a
 * {@link dev.ashiatsu.recorder.journal.CorruptJournalException} from {@link #load} (and a summary whose
 * {@code unreadable} says why). A damaged but readable session loads, with its damage listed.
 */
public interface SessionArchive {

    /** Every session's summary, newest first. */
    List<SessionSummary> list() throws IOException;

    /**
     * A page of the sessions that pass the query's filters, newest first, with how many pass. This default
     * filters {@link #list()}; stores answer it from an index or push it into their query.
     */
    default SessionPage list(SessionQuery query) throws IOException {
        return query.page(list());
    }

    boolean exists(String id) throws IOException;

    SessionSummary summary(String id) throws IOException;

    /** A whole session in memory. */
    SessionData load(String id) throws IOException;

    /**
     * What the session's review page opens with (statistics, alarms, notes, the chart's columns), the same
     * as {@link SessionDigest#of} on {@link #load}, without reading the frames where a digest is stored.
     */
    default SessionDigest digest(String id) throws IOException {
        return SessionDigest.of(load(id));
    }

    /**
     * At least the frames of {@code [fromMs, toMs)} (frame clock), with the whole session's info, alarms and
     * notes; the whole session unless the store can read a stretch alone (InfluxDB).
     */
    default SessionWindow window(String id, double fromMs, double toMs) throws IOException {
        return SessionWindow.whole(load(id));
    }

    /** Null while the store can be read, else why not (for a health display). */
    default String problem() {
        return null;
    }

    /** The store cannot be reached or answered something unreadable (e.g. InfluxDB down). */
    final class Unavailable extends IOException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
