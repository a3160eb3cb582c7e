package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.journal.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference marks read from a session's notes (pure). */
class ReferenceMarkTest {

    @Test
    void theNewestMarkOrWithdrawalDecides() {
        Note mark = new Note(0, ReferenceMark.markText("back sequence"), 1_000);
        Note withdrawn = new Note(0, ReferenceMark.withdrawText(), 2_000);
        Note again = new Note(0, ReferenceMark.markText("  full sequence "), 3_000);
        Note plain = new Note(5_000, "heel too close to the knee", 4_000);

        assertNull(ReferenceMark.of(List.of(plain)), "plain notes mark nothing");
        assertEquals(new ReferenceMark("back sequence", 1_000), ReferenceMark.of(List.of(mark, plain)));
        assertNull(ReferenceMark.of(List.of(mark, withdrawn, plain)));
        assertEquals(new ReferenceMark("full sequence", 3_000), ReferenceMark.of(List.of(mark, withdrawn, again)));
        assertNull(ReferenceMark.of(List.of(withdrawn, mark)), "the time decides, not the order in the list");
    }

    @Test
    void inTheSameMillisecondTheLaterInTheJournalWins() {
        Note mark = new Note(0, ReferenceMark.markText("x"), 1_000);
        Note withdrawn = new Note(0, ReferenceMark.withdrawText(), 1_000);
        assertNull(ReferenceMark.of(List.of(mark, withdrawn)));
        assertEquals("x", ReferenceMark.of(List.of(withdrawn, mark)).label());
    }

    @Test
    void reservedTextsAreRecognisedInAnyCaseAndLabelsAreBounded() {
        assertTrue(ReferenceMark.isReserved(" [Reference] sneaky"));
        assertFalse(ReferenceMark.isReserved("reference session was better"));
        assertEquals("[reference] reference", ReferenceMark.markText("   "), "a blank label gets a default");
        assertThrows(IllegalArgumentException.class, () -> ReferenceMark.markText("x".repeat(ReferenceMark.MAX_LABEL + 1)));
        assertEquals(2000, ReferenceMark.markText("x".repeat(ReferenceMark.MAX_LABEL)).length(), "the longest label fits a note");
    }
}
