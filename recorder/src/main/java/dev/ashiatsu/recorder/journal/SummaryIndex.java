package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every session's summary in memory, newest first, for the session list of {@link SessionStore}. A list
 * ({@link #current()}) reads nothing from the disk but the summaries of the journals this process changed
 * since the last list ({@link #changed}, told by the writer through {@link JournalChanges}). Changes made by
 * other programs (a journal copied in, damaged or deleted) are found by a {@link #refresh() refresh} every
 * {@link #REFRESH_MS} ms on one shared daemon thread: it lists the directory and reads each journal's length
 * and modification time (no file is opened), and summarizes again ({@link Summarizer}) only a journal that is
 * new, changed, or was changed too recently to trust its time. So such a change shows in the list within
 * one period and one refresh. The first list (unless {@link SessionStore#recover} built the index) does one
 * refresh itself. The settled entries are kept in {@link SummaryIndexFile} too (rewritten by the refresh when
 * they change), so a start lists from one file, not every summary file. Thread-safe.
 */
final class SummaryIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryIndex.class);
    /** Newest first; ties (same start ms) by id, highest first. */
    static final Comparator<SessionSummary> NEWEST_FIRST = Comparator.comparingLong(SessionSummary::startedAt)
            .thenComparing(SessionSummary::id).reversed();
    /** How old a journal's modification time must be before its summary is kept for it, ms. */
    private static final long SETTLED_MS = 100;
    /** Time between the end of one refresh and the start of the next, ms. */
    static final long REFRESH_MS = 5000;
    /** Refreshes every open index, one at a time. */
    private static final ScheduledThreadPoolExecutor REFRESHER = refresher();

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
    /** Journals this process changed since their entry was made: summarized again by the next list. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private List<SessionSummary> newestFirst = List.of();
    private boolean fileRead;
    /** Every journal has been looked at once (a refresh or recovery); the refresh is scheduled. */
    private boolean loaded;
    private ScheduledFuture<?> refreshing;
    private boolean closed;
    /** The entries differ from {@link #newestFirst}. */
    private boolean listStale;
    /** The settled entries differ from the index file. */
    private boolean fileStale;

    SummaryIndex(Path dir, Summarizer summarizer) {
        this.dir = dir;
        this.summarizer = summarizer;
        JournalChanges.register(dir, this);
    }

    private static ScheduledThreadPoolExecutor refresher() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "session-list-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Every session's summary, newest first; an unreadable journal is listed with its {@code unreadable}
     * reason. The list is shared: do not change it.
     */
    synchronized List<SessionSummary> current() throws IOException {
        boolean first = !loaded;
        if (first) {
            refresh();
        }
        for (String id : new ArrayList<>(changed)) {
            changed.remove(id);
            Entry known = entries.get(id);
            BasicFileAttributes journal;
            try {
                journal = Files.readAttributes(JournalFiles.journal(dir, id), BasicFileAttributes.class);
            } catch (NoSuchFileException gone) {
                put(id, known, null);
                continue;
            }
            put(id, known, summarize(id, journal));
        }
        if (first && fileStale && Files.isDirectory(dir)) {
            fileStale = false;
            save(settled());
        }
        if (listStale) {
            listStale = false;
            List<SessionSummary> sorted = new ArrayList<>(entries.size());
            entries.values().forEach(entry -> sorted.add(entry.summary()));
            sorted.sort(NEWEST_FIRST);
            newestFirst = List.copyOf(sorted);
        }
        return newestFirst;
    }

    /** Journal {@code id} was changed by this process: the next list summarizes it again. Never blocks. */
    void changed(String id) {
        changed.add(id);
    }

    /**
     * Looks at every journal (one attribute read each, no lock held meanwhile), summarizes again those that are
     * new, changed or not settled, drops those gone, and saves the index file if its entries changed. An entry
     * replaced meanwhile by a list (a change this process made) is left as that list made it.
     */
    void refresh() throws IOException {
        Map<String, Entry> before;
        synchronized (this) {
            readFileOnce();
            before = new HashMap<>(entries);
        }
        boolean directory = Files.isDirectory(dir); // none (yet, or any more): nothing listed, no index file saved
        Map<String, BasicFileAttributes> journals = directory ? journals() : Map.of();
        Map<String, Entry> fresh = new HashMap<>();
        Set<String> gone = new HashSet<>(before.keySet());
        gone.removeAll(journals.keySet());
        journals.forEach((id, journal) -> {
            Entry known = before.get(id);
            if (known == null || !known.stillFor(journal)) {
                fresh.put(id, summarize(id, journal));
            }
        });
        List<SummaryIndexFile.Stamped> toSave = null;
        synchronized (this) {
            for (String id : gone) {
                if (entries.get(id) == before.get(id) && !changed.contains(id)) {
                    put(id, before.get(id), null);
                }
            }
            fresh.forEach((id, entry) -> {
                Entry now = entries.get(id);
                if (now == before.get(id) && !changed.contains(id)) {
                    put(id, now, entry);
                }
            });
            if (fileStale && directory) {
                fileStale = false;
                toSave = settled();
            }
            scheduleOnce();
        }
        save(toSave);
    }

    /** The summary kept for a journal while it still has these attributes (its length and time), else null. */
    synchronized SessionSummary summaryIfCurrent(String id, BasicFileAttributes journal) {
        readFileOnce();
        Entry known = entries.get(id);
        return known != null && known.stillFor(journal) ? known.summary() : null;
    }

    /**
     * Takes a summary made outside a list ({@link SessionStore#recover}), stamped with the journal's attributes
     * read before it was made.
     */
    synchronized void remember(String id, BasicFileAttributes journal, SessionSummary summary) {
        readFileOnce();
        long modifiedMs = journal.lastModifiedTime().toMillis();
        put(id, entries.get(id), new Entry(summary, journal.size(), modifiedMs,
                System.currentTimeMillis() - modifiedMs > SETTLED_MS));
    }

    /**
     * Recovery has looked at every journal there is ({@code ids}, each {@link #remember remembered} or
     * {@link #changed}): the index holds no other, needs no first refresh, and is saved.
     */
    void recovered(Collection<String> ids) {
        List<SummaryIndexFile.Stamped> toSave;
        synchronized (this) {
            readFileOnce();
            Set<String> seen = new HashSet<>(ids);
            for (String id : new ArrayList<>(entries.keySet())) {
                if (!seen.contains(id)) {
                    put(id, entries.get(id), null);
                }
            }
            fileStale = false;
            toSave = settled();
            scheduleOnce();
        }
        save(toSave);
    }

    /** Stops the background refresh (lists still answer, from memory and this process's changes). */
    @Override
    public synchronized void close() {
        closed = true;
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    /** Starts the background refresh once the index holds every journal. */
    private void scheduleOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (closed) {
            return;
        }
        Refresh task = new Refresh(new WeakReference<>(this));
        refreshing = REFRESHER.scheduleWithFixedDelay(task, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
        task.future = refreshing;
    }

    /** The refresh of one index; ends itself when nobody holds the index any more. */
    private static final class Refresh implements Runnable {
        private final WeakReference<SummaryIndex> index;
        private volatile ScheduledFuture<?> future;

        Refresh(WeakReference<SummaryIndex> index) {
            this.index = index;
        }

        @Override
        public void run() {
            SummaryIndex live = index.get();
            if (live == null) {
                if (future != null) {
                    future.cancel(false);
                }
                return;
            }
            try {
                live.refresh();
            } catch (IOException | RuntimeException e) {
                LOG.warn("session list of {} not refreshed (tried again in {} ms): {}", live.dir, REFRESH_MS, e.toString());
            }
        }
    }

    /** Each journal's attributes by id. */
    private Map<String, BasicFileAttributes> journals() throws IOException {
        Map<String, BasicFileAttributes> journals = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.journal")) {
            for (Path file : files) {
                String id = JournalFiles.idOf(file);
                if (id == null) {
                    continue;
                }
                try {
                    journals.put(id, Files.readAttributes(file, BasicFileAttributes.class));
                } catch (NoSuchFileException gone) {
                    LOG.debug("session {}: gone while listing", id);
                }
            }
        }
        return journals;
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

    /** Loads the index file into an empty index, once. */
    private void readFileOnce() {
        if (fileRead) {
            return;
        }
        fileRead = true;
        try {
            SummaryIndexFile.read(SummaryIndexFile.of(dir)).forEach((id, stamped) -> entries.putIfAbsent(id,
                    new Entry(stamped.summary(), stamped.journalBytes(), stamped.modifiedMs(), true)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("session list index not used, the summaries are read instead: {}", e.getMessage());
            fileStale = true;
        }
        listStale |= !entries.isEmpty();
    }

    private List<SummaryIndexFile.Stamped> settled() {
        List<SummaryIndexFile.Stamped> settled = new ArrayList<>(entries.size());
        entries.values().stream().filter(Entry::settled).forEach(entry -> settled.add(entry.stamped()));
        return settled;
    }

    /** Saves the settled entries (null: nothing to save); a failure (e.g. a full disk) is logged and tried again. */
    private void save(List<SummaryIndexFile.Stamped> settled) {
        if (settled == null) {
            return;
        }
        try {
            SummaryIndexFile.write(SummaryIndexFile.of(dir), settled, settled.size());
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                fileStale = true;
            }
            LOG.warn("session list index {} not saved (the list is right; the next start reads the summaries): {}",
                    SummaryIndexFile.of(dir), e.toString());
        }
    }

    /**
     * The entry for a journal, stamped with its attributes read before the summary was made (so a change in
     * between makes the next refresh ask again). Null when the journal is gone. A failure that may pass (not a
     * damaged journal: that has a summary saying so) is listed as unreadable, unsettled, so the next refresh
     * asks again.
     */
    private Entry summarize(String id, BasicFileAttributes journal) {
        long modifiedMs = journal.lastModifiedTime().toMillis();
        boolean settled = System.currentTimeMillis() - modifiedMs > SETTLED_MS;
        try {
            return new Entry(summarizer.summary(id), journal.size(), modifiedMs, settled);
        } catch (NoSuchFileException e) {
            LOG.debug("session {}: gone while listing", id);
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("session {}: cannot be listed: {}", id, e.toString());
            return new Entry(SessionSummary.unreadable(id, 0, e.toString()), journal.size(), modifiedMs, false);
        }
    }
}
