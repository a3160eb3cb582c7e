package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every session's summary in memory, newest first, for the session list of {@link SessionStore}. Each
 * {@link #current()} lists the directory and reads each journal's size and modification time (no file is
 * opened); a summary is asked for again ({@link Summarizer}) only for a journal that is new, changed, or was
 * changed too recently to trust its time (the live one). So a journal added, grown, damaged or removed by
 * anyone shows in the next list, and a list of 10,000 unchanged sessions costs 10,000 file attribute reads.
 * Thread-safe: one refresh at a time.
 */
final class SummaryIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryIndex.class);
    /** Newest first; ties (same start ms) by id, highest first. */
    static final Comparator<SessionSummary> NEWEST_FIRST = Comparator.comparingLong(SessionSummary::startedAt)
            .thenComparing(SessionSummary::id).reversed();
    /** How old a journal's modification time must be before its summary is kept for it, ms. */
    private static final long SETTLED_MS = 100;

    /** Makes a session's summary (a file read at best, the whole journal at worst). */
    interface Summarizer {
        SessionSummary summary(String id) throws IOException;
    }

    /**
     * A summary and the journal it was made from: its length and modification time, and whether that
     * time was settled (old enough that a change within the same file-time tick is ruled out).
     */
    private record Entry(SessionSummary summary, long bytes, long modifiedMs, boolean settled) {
        boolean stillFor(BasicFileAttributes journal) {
            return settled && journal.size() == bytes && journal.lastModifiedTime().toMillis() == modifiedMs;
        }
    }

    private final Path dir;
    private final Summarizer summarizer;
    private final Map<String, Entry> entries = new HashMap<>();
    private List<SessionSummary> newestFirst = List.of();

    SummaryIndex(Path dir, Summarizer summarizer) {
        this.dir = dir;
        this.summarizer = summarizer;
    }

    /**
     * Every session's summary, newest first, as the directory is now; an unreadable journal is listed with
     * its {@code unreadable} reason. The list is shared: do not change it.
     */
    synchronized List<SessionSummary> current() throws IOException {
        if (!Files.isDirectory(dir)) {
            entries.clear();
            newestFirst = List.of();
            return newestFirst;
        }
        boolean changed = false;
        Set<String> seen = new HashSet<>(entries.size() * 2);
        List<SessionSummary> transientFailures = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.journal")) {
            for (Path file : files) {
                String id = JournalFiles.idOf(file);
                if (id == null) {
                    continue;
                }
                BasicFileAttributes journal;
                try {
                    journal = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                seen.add(id);
                Entry known = entries.get(id);
                if (known != null && known.stillFor(journal)) {
                    continue;
                }
                Entry fresh = summarize(id, journal, transientFailures);
                if (fresh == null) {
                    changed |= entries.remove(id) != null;
                } else if (known == null || !known.summary().equals(fresh.summary())) {
                    entries.put(id, fresh);
                    changed = true;
                } else {
                    entries.put(id, fresh);
                }
            }
        }
        changed |= entries.keySet().retainAll(seen);
        if (changed) {
            List<SessionSummary> sorted = new ArrayList<>(entries.size());
            entries.values().forEach(entry -> sorted.add(entry.summary()));
            sorted.sort(NEWEST_FIRST);
            newestFirst = List.copyOf(sorted);
        }
        if (transientFailures.isEmpty()) {
            return newestFirst;
        }
        List<SessionSummary> withFailures = new ArrayList<>(newestFirst);
        withFailures.addAll(transientFailures);
        withFailures.sort(NEWEST_FIRST);
        return withFailures;
    }

    /**
     * The entry for a journal, stamped with its attributes read before the summary was made (so a change
     * in between makes the next list ask again). Null when the journal is gone, or when it failed in a way
     * that may pass (then it is listed this once as unreadable, and asked for again next time).
     */
    private Entry summarize(String id, BasicFileAttributes journal, List<SessionSummary> transientFailures) {
        long modifiedMs = journal.lastModifiedTime().toMillis();
        boolean settled = System.currentTimeMillis() - modifiedMs > SETTLED_MS;
        try {
            return new Entry(summarizer.summary(id), journal.size(), modifiedMs, settled);
        } catch (NoSuchFileException e) {
            LOG.debug("session {}: gone while listing", id);
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("session {}: cannot be listed: {}", id, e.toString());
            transientFailures.add(SessionSummary.unreadable(id, 0, e.toString()));
            return null;
        }
    }
}
