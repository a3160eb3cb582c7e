package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.SessionPage;
import dev.ashiatsu.recorder.SessionQuery;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorded sessions of one directory, for reading: the list, whole sessions (a few kept in memory),
 * and recovery after a crash. Thread-safe. Writing is the {@link JournalRecorder}'s job. {@link #close()} stops
 * the list's background refresh ({@link SummaryIndex}).
 */
public final class SessionStore implements SessionArchive, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    private static final int CACHED_SESSIONS = 3;
    /** Longest time before a journal changed by another program shows in the list, not counting the refresh, ms. */
    public static final long OUTSIDE_CHANGE_BOUND_MS = SummaryIndex.REFRESH_MS;

    private final Path dir;
    private final SummaryIndex index;
    private final AtomicLong journalReads = new AtomicLong();
    private final Map<String, Cached> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_SESSIONS;
        }
    };

    /** How old a journal's modification time must be before a loaded copy is cached, ms. */
    private static final long SETTLED_MS = 100;

    /** A journal without an end changed more recently than this (ms) is being recorded: its digest is not saved. */
    private static final long UNSETTLED_DIGEST_MS = 10_000;

    /** A loaded session and the journal's modification time it was loaded at. */
    private record Cached(SessionData data, FileTime modified) {
    }

    public SessionStore(Path dir) {
        this.dir = dir;
        this.index = new SummaryIndex(dir, this::summary);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Makes every journal appendable again after a crash: cuts torn or damaged tails (recording the cut in the
     * journal) and writes missing summaries, so that every session is listed. A journal whose saved summary
     * (in {@code list.index}, else its summary file) is current, for its length and modification time, and says
     * it ended cleanly is not read: nothing was being written to it when the process stopped, so it has no torn
     * tail (its known damage is reported from the summary). Every other journal (the one being recorded at a
     * crash, one changed since its summary) is read whole. So damage in place that keeps a journal's length and
     * time (bit rot) is not looked for here: it is found when the session is next read whole (opened, or its
     * summary made again). Damaged stretches between intact records are left in place: readers skip them and
     * report them. Call once at start, before recording. A journal that cannot be read is logged, left as it
     * is and listed as unreadable. Builds the list's index, so the first list after a start is as quick as the
     * next.
     *
     * @return one line per journal that needed repair or is damaged
     */
    public List<String> recover() throws IOException {
        Files.createDirectories(dir);
        List<String> repaired = new ArrayList<>();
        List<String> ids = ids();
        for (String id : ids) {
            Path journal = JournalFiles.journal(dir, id);
            try {
                BasicFileAttributes attributes = Files.readAttributes(journal, BasicFileAttributes.class);
                SessionSummary summary = endedCleanly(id, attributes);
                if (summary == null) {
                    JournalFiles.Repair repair = JournalFiles.cutTornTail(journal);
                    journalReads.incrementAndGet();
                    if (repair.cutBytes() > 0) {
                        repaired.add(id + ": cut a torn or damaged tail of " + repair.cutBytes() + " bytes");
                        attributes = Files.readAttributes(journal, BasicFileAttributes.class);
                        JournalChanges.changed(dir, id);
                    }
                    summary = summary(id);
                    if (repair.damaged() && summary.damagedBytes() == 0) {
                        Files.deleteIfExists(JournalFiles.summary(dir, id));
                        summary = summary(id);
                    }
                }
                index.remember(id, attributes, summary);
                if (summary.unreadable() != null) {
                    repaired.add(id + ": unreadable (" + summary.unreadable() + "), left as it is");
                } else if (summary.damagedBytes() > 0) {
                    repaired.add(id + ": " + summary.damagedBytes() + " damaged bytes skipped ("
                            + summary.damagedSpanS() + " s between intact frames), every intact record kept");
                }
            } catch (IOException | RuntimeException e) {
                repaired.add(id + ": unreadable (" + e.getMessage() + "), left as it is");
                index.changed(id);
            }
        }
        repaired.forEach(line -> LOG.warn("recovered session {}", line));
        index.recovered(ids);
        return repaired;
    }

    /**
     * The saved summary of a journal that ended cleanly, while it is current for the journal's attributes:
     * from the list's index, else from the summary file; null when there is none, it is stale, or the session
     * did not end cleanly (or is unreadable).
     */
    private SessionSummary endedCleanly(String id, BasicFileAttributes journal) {
        SessionSummary saved = index.summaryIfCurrent(id, journal);
        if (saved == null) {
            saved = savedSummary(id, journal.size(), journal.lastModifiedTime());
        }
        return saved != null && saved.ended() && saved.unreadable() == null ? saved : null;
    }

    /** Journals read whole by {@link #recover()} since this store was made (the others were judged by summary). */
    public long recoveryReads() {
        return journalReads.get();
    }

    /** The ids of every journal, oldest first (ids sort by start time). */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.journal")) {
            for (Path file : files) {
                String id = JournalFiles.idOf(file);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /**
     * Every session's summary, newest first; an unreadable journal is listed with its {@code unreadable} reason.
     * From the in-memory index ({@link SummaryIndex}): without {@link #recover()} the first call reads the index
     * file and every journal's attributes; later calls read only the summaries of the journals this process
     * changed since. A journal changed by another program shows within {@link #OUTSIDE_CHANGE_BOUND_MS} ms
     * plus one refresh (the refresh reads every journal's attributes: about 0.1 s per 10,000 sessions).
     */
    @Override
    public List<SessionSummary> list() throws IOException {
        return index.current();
    }

    /** A page of the list, filtered in memory from the index. */
    @Override
    public SessionPage list(SessionQuery query) throws IOException {
        return query.page(index.current());
    }

    @Override
    public boolean exists(String id) {
        return JournalFiles.ID.matcher(id).matches() && Files.isRegularFile(JournalFiles.journal(dir, id));
    }

    /**
     * A session's summary: from its summary file while that is current, else made from the journal and saved.
     * A journal that cannot be read gets a summary saying why ({@link SessionSummary#unreadable()}), not saved.
     */
    @Override
    public SessionSummary summary(String id) throws IOException {
        Path journal = requireJournal(id);
        Path file = JournalFiles.summary(dir, id);
        long size = Files.size(journal);
        SessionSummary saved = savedSummary(id, size, Files.getLastModifiedTime(journal));
        if (saved != null) {
            return saved;
        }
        SessionData data;
        try {
            data = load(id);
        } catch (CorruptJournalException e) {
            return SessionSummary.unreadable(id, size, e.getMessage());
        }
        SessionSummary summary = SessionSummary.of(data);
        if (summary.journalBytes() == size) {
            writeAtomically(file, JournalJson.write(summary));
        }
        return summary;
    }

    /**
     * A session's digest: from its digest file while that is current (the same rule as the summary: strictly
     * newer than the journal and made from its whole length), else made from the whole session and saved.
     * A digest file that cannot be read (damaged, or written by another version) is rebuilt, never trusted.
     * Rebuilding it writes the summary file too (one read of the journal for both); not while the session is
     * being recorded (its journal changed in the last {@value #UNSETTLED_DIGEST_MS} ms and has no end yet).
     * A {@link CorruptJournalException} when the journal holds no intact session info.
     */
    @Override
    public SessionDigest digest(String id) throws IOException {
        Path journal = requireJournal(id);
        Path file = JournalFiles.digest(dir, id);
        long size = Files.size(journal);
        if (Files.isRegularFile(file)) {
            try {
                SessionDigest saved = DigestJson.read(Files.readAllBytes(file));
                if (saved.id().equals(id) && saved.summary().journalBytes() == size
                        && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(journal)) > 0) {
                    return saved;
                }
            } catch (IOException | RuntimeException e) {
                LOG.info("session {}: digest file unreadable, rebuilding it: {}", id, e.getMessage());
            }
        }
        FileTime modified = Files.getLastModifiedTime(journal);
        SessionDigest digest = SessionDigest.of(load(id));
        boolean settled = digest.endMs() != null || System.currentTimeMillis() - modified.toMillis() > UNSETTLED_DIGEST_MS;
        if (digest.summary().journalBytes() == size && settled) {
            writeAtomically(file, DigestJson.write(digest));
            writeAtomically(JournalFiles.summary(dir, id), JournalJson.write(digest.summary()));
        }
        return digest;
    }

    /**
     * The summary file of a journal while it is current: made from this length, and written strictly after the
     * journal's last change (file times tick coarsely, a few ms, so a journal changed in the same tick as its
     * summary was written, a bit flipped right after, must not keep the old summary), and counted its strokes (a
     * summary saved before strokes were counted is rebuilt). Null otherwise, or when
     * the file is missing or unreadable (logged).
     */
    private SessionSummary savedSummary(String id, long journalBytes, FileTime journalModified) {
        Path file = JournalFiles.summary(dir, id);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            SessionSummary saved = JournalJson.MAPPER.readValue(file.toFile(), SessionSummary.class);
            if (saved.journalBytes() == journalBytes && saved.strokeCount() != null
                    && Files.getLastModifiedTime(file).compareTo(journalModified) > 0) {
                return saved;
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.info("session {}: summary file unreadable, rebuilding it: {}", id, e.getMessage());
        }
        return null;
    }

    /**
     * A whole session, damaged stretches skipped; the last few are kept in memory while their journal does not
     * change. A {@link CorruptJournalException} when the journal holds no intact session info.
     */
    @Override
    public SessionData load(String id) throws IOException {
        Path journal = requireJournal(id);
        long size = Files.size(journal);
        long readAtMs = System.currentTimeMillis();
        FileTime modified = Files.getLastModifiedTime(journal);
        synchronized (cache) {
            Cached cached = cache.get(id);
            if (cached != null && cached.data().journalBytes() == size && cached.modified().equals(modified)) {
                return cached.data();
            }
        }
        SessionData data = SessionLoader.load(journal);
        // Kept only once the journal's time has settled: a change in the same coarse file-time tick as this
        // read would leave the time (and a flipped bit, the size) unchanged and the cached copy stale.
        if (readAtMs - modified.toMillis() > SETTLED_MS) {
            synchronized (cache) {
                cache.put(id, new Cached(data, modified));
            }
        }
        return data;
    }

    private Path requireJournal(String id) throws NoSuchFileException {
        if (!exists(id)) {
            throw new NoSuchFileException("no session " + id + " in " + dir);
        }
        return JournalFiles.journal(dir, id);
    }

    /** Stops the list's background refresh; lists still answer, but changes by other programs no longer show. */
    @Override
    public void close() {
        index.close();
    }

    /**
     * Writes a small file whole or not at all, safe against concurrent writers of the same file: each
     * writes its own temporary file in the same directory, forces it to disk, then renames it over the
     * file (the last rename wins). The temporary file is removed if anything fails.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
