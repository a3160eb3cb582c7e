package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.SessionPage;
import dev.ashiatsu.recorder.SessionQuery;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session list of {@link SessionStore} comes from an in-memory index of summaries (and its file,
 * {@code list.index}), and still shows every session as the directory is now: added, grown, damaged or
 * removed while listed.
 */
class SessionListIndexTest {

    private static final long HOUR_MS = 3_600_000;
    private static final long STARTED_AT = 1_763_776_800_000L;
    /** The documented bound, with room for the refresh's own time on a loaded machine. */
    private static final Duration REFRESH_BOUND = Duration.ofMillis(3 * SessionStore.OUTSIDE_CHANGE_BOUND_MS);

    @TempDir
    Path dir;

    private SessionStore store;
    private List<String> ids;

    @BeforeEach
    void recordThree() throws Exception {
        store = new SessionStore(dir);
        ids = List.of(record(0), record(1), record(2));
    }

    private String record(int hour) throws Exception {
        SimulatedSession sim = new SimulatedSession();
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(STARTED_AT + hour * HOUR_MS));
            sim.run(500);
            recorder.end(sim.timeMs());
            return id;
        }
    }

    /** Makes every journal's time a minute old, as any journal not written in the last moments is. */
    private void settle() throws Exception {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (String id : store.ids()) {
            Files.setLastModifiedTime(JournalFiles.journal(dir, id), minuteAgo);
        }
    }

    private List<String> listed(SessionStore from) throws Exception {
        return from.list().stream().map(SessionSummary::id).toList();
    }

    @Test
    void listsNewestFirstAndShowsASessionAddedWhileListed() throws Exception {
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), listed(store));
        String added = record(3);
        assertEquals(List.of(added, ids.get(2), ids.get(1), ids.get(0)), listed(store));
    }

    @Test
    void aNoteAddedWhileListedChangesItsEntry() throws Exception {
        assertEquals(0, store.list().get(0).noteCount());
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.note(ids.get(2), 100, "added later").get(10, TimeUnit.SECONDS);
        }
        assertEquals(1, store.list().get(0).noteCount());
    }

    @Test
    void aNoteWrittenThroughAnotherStoreOfThisProcessShowsAtOnce() throws Exception {
        assertEquals(0, store.list().get(0).noteCount());
        SessionStore other = new SessionStore(dir);
        try (JournalRecorder recorder = new JournalRecorder(other)) {
            recorder.note(ids.get(2), 100, "from the table's recorder").get(10, TimeUnit.SECONDS);
        }
        assertEquals(1, store.list().get(0).noteCount(), "every store of the directory is told");
    }

    /** Changes by another program: found by the background refresh, within its period (and its own time). */
    @Test
    void aJournalDamagedOrRemovedByAnotherProgramShowsWithinTheRefreshPeriod() throws Exception {
        settle();
        assertEquals(0, store.list().get(1).damagedBytes());
        Path journal = JournalFiles.journal(dir, ids.get(1));
        JournalRecord frames = JournalFiles.scan(journal, 0).records().stream()
                .filter(r -> r.type() == RecordType.FRAMES).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(journal);
        bytes[(int) ((frames.offset() + frames.end()) / 2)] ^= 0x10;
        Files.write(journal, bytes);
        SessionSummary damaged = Await.value(REFRESH_BOUND, () -> store.list().get(1), s -> s.damagedBytes() > 0,
                "the damage listed");
        assertEquals(ids.get(1), damaged.id());

        Path aside = dir.resolve("moved-away");
        Files.move(JournalFiles.journal(dir, ids.get(0)), aside);
        Await.value(REFRESH_BOUND, () -> listed(store), List.of(ids.get(2), ids.get(1))::equals,
                "the removed session gone from the list");

        Files.copy(aside, JournalFiles.journal(dir, ids.get(0)));
        Await.value(REFRESH_BOUND, () -> listed(store), List.of(ids.get(2), ids.get(1), ids.get(0))::equals,
                "a journal copied in listed");
    }

    @Test
    void aFreshStoreListsFromTheIndexFileWithoutReadingTheSummaries() throws Exception {
        settle();
        List<SessionSummary> before = store.list();
        assertTrue(Files.isRegularFile(dir.resolve(SummaryIndexFile.NAME)), "the index is saved");
        for (String id : ids) {
            Files.delete(JournalFiles.summary(dir, id));
        }
        SessionStore restarted = new SessionStore(dir);
        assertEquals(before, restarted.list());
        for (String id : ids) {
            assertFalse(Files.exists(JournalFiles.summary(dir, id)), "no summary was made again: the index file served");
        }
    }

    @Test
    void anIndexFileThatIsDamagedOrStaleIsNotBelieved() throws Exception {
        settle();
        List<SessionSummary> before = store.list();
        Path index = dir.resolve(SummaryIndexFile.NAME);
        byte[] saved = Files.readAllBytes(index);

        Files.write(index, new byte[] {1, 2, 3});
        assertEquals(before, new SessionStore(dir).list(), "a damaged index file: the summaries are read");

        Files.write(index, saved);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.note(ids.get(0), 100, "after the index was saved").get(10, TimeUnit.SECONDS);
        }
        SessionSummary grown = new SessionStore(dir).list().get(2);
        assertEquals(ids.get(0), grown.id());
        assertEquals(1, grown.noteCount(), "a journal that grew since the index was saved is summarized again");
    }

    @Test
    void aPageIsFilteredAndCountedFromTheIndex() throws Exception {
        SessionPage page = store.list(new SessionQuery(null, null, STARTED_AT + HOUR_MS, Long.MAX_VALUE, null, 1, 1));
        assertEquals(2, page.total(), "the sessions from the second hour on");
        assertEquals(1, page.sessions().size());
        assertEquals(ids.get(1), page.sessions().get(0).id(), "second of the newest first");
        SessionPage none = store.list(new SessionQuery("nobody", null, Long.MIN_VALUE, Long.MAX_VALUE, null, 0, 10));
        assertNotNull(none.sessions());
        assertEquals(0, none.total());
    }
}
