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
 * The settled entries are kept in {@link SummaryIndexFile} too (rewritten when they change), so the first list
 * after a start reads one file, not every summary file. Thread-safe: one refresh at a time.
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

        SummaryIndexFile.Stamped stamped() {
            return new SummaryIndexFile.Stamped(summary, bytes, modifiedMs);
        }
    }

    private final Path dir;
    private final Summarizer summarizer;
    private final Map<String, Entry> entries = new HashMap<>();
    private List<SessionSummary> newestFirst = List.of();
    private boolean fileRead;
    /** The entries differ from {@link #newestFirst}. */
    private boolean listStale;
    /** The settled entries differ from the index file. */
    private boolean fileStale;

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
        listStale |= readFileOnce();
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
                put(id, known, summarize(id, journal, transientFailures));
            }
        }
        if (entries.keySet().retainAll(seen)) {
            listStale = true;
            fileStale = true;
        }
        if (fileStale) {
            writeFile();
        }
        if (listStale) {
            listStale = false;
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
     * Takes a summary made outside a list ({@link SessionStore#recover} reads every journal anyway), stamped
     * with the journal's attributes read before it was made.
     */
    synchronized void remember(String id, BasicFileAttributes journal, SessionSummary summary) {
        readFileOnce();
        long modifiedMs = journal.lastModifiedTime().toMillis();
        put(id, entries.get(id), new Entry(summary, journal.size(), modifiedMs,
                System.currentTimeMillis() - modifiedMs > SETTLED_MS));
    }

    /** Replaces an entry (null: removes it), marking the sorted list and the file stale where they change. */
    private void put(String id, Entry known, Entry fresh) {
        if (fresh == null) {
            entries.remove(id);
            listStale |= known != null;
            fileStale |= known != null && known.settled();
            return;
        }
        entries.put(id, fresh);
        if (known == null || !known.stamped().equals(fresh.stamped()) || known.settled() != fresh.settled()) {
            fileStale |= fresh.settled() || (known != null && known.settled());
        }
        listStale |= known == null || !known.summary().equals(fresh.summary());
    }

    /** Loads the index file into an empty index, once; whether anything was loaded. */
    private boolean readFileOnce() {
        if (fileRead) {
            return false;
        }
        fileRead = true;
        try {
            SummaryIndexFile.read(SummaryIndexFile.of(dir)).forEach((id, stamped) -> entries.putIfAbsent(id,
                    new Entry(stamped.summary(), stamped.journalBytes(), stamped.modifiedMs(), true)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("session list index not used, the summaries are read instead: {}", e.getMessage());
            fileStale = true;
        }
        return !entries.isEmpty();
    }

    /** Saves the settled entries; a failure (e.g. a full disk) is logged and tried again at the next list. */
    private void writeFile() {
        List<SummaryIndexFile.Stamped> settled = new ArrayList<>(entries.size());
        entries.values().stream().filter(Entry::settled).forEach(entry -> settled.add(entry.stamped()));
        try {
            SummaryIndexFile.write(SummaryIndexFile.of(dir), settled, settled.size());
            fileStale = false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("session list index {} not saved (the list is right; the next start reads the summaries): {}",
                    SummaryIndexFile.of(dir), e.toString());
        }
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
