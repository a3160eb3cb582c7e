package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.testing.Await;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note may be marked "discomfort" (issue 11); notes written before kinds existed still read, as plain notes. */
class NoteKindTest {

    @TempDir
    Path dir;

    @Test
    void aDiscomfortNoteKeepsItsKindInTheJournalBesideAPlainOne() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(1_767_000_000_000L));
            sim.run(3_000);
            recorder.end(sim.timeMs());
            Await.until(() -> store.exists(id), "the session " + id + " to be written");
            recorder.note(id, 2_000, "winced on the calf", Note.DISCOMFORT).get();
            recorder.note(id, 1_000, "client settling").get();
        }
        List<Note> notes = store.load(id).notes();
        assertEquals(List.of("client settling", "winced on the calf"), notes.stream().map(Note::text).toList());
        assertNull(notes.get(0).kind());
        assertEquals(Note.DISCOMFORT, notes.get(1).kind());
    }

    @Test
    void aNoteWrittenBeforeKindsExistedReadsAsAPlainNote() throws Exception {
        Note old = JournalJson.MAPPER.readValue("{\"tMs\":1500.0,\"text\":\"older note\",\"createdAtEpochMs\":17}", Note.class);
        assertEquals("older note", old.text());
        assertNull(old.kind());
    }

    @Test
    void anUnknownKindIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Note(1, "x", 0, "pain"));
        assertTrue(e.getMessage().contains("pain"), e.getMessage());
        SessionStore store = new SessionStore(dir);
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> recorder.note("nobody", 1, "x", "pain").get());
            assertTrue(failed.getCause() instanceof IllegalArgumentException);
        }
    }
}
