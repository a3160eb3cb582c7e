package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.Note;
import java.util.List;
import java.util.Locale;

/**
 * A session marked as a reference (an instructor's, to compare students with), stored with the session as
 * a journal note in a reserved form: {@code [reference] LABEL} marks it, {@code [reference withdrawn]}
 * takes the mark back; the newest of these notes decides (the later in the journal when written in the
 * same ms). Notes travel with the journal, so a reference marked at a table is one on the central review
 * server too. Trainers' own notes cannot start with {@link #RESERVED} (refused when pinned), so a note
 * never marks a session by accident. Pure.
 *
 * @param label       what the trainer called it
 * @param markedAt    when it was marked, ms since the Unix epoch
 */
public record ReferenceMark(String label, long markedAt) {

    /** Notes starting with this (any case) are reference marks. */
    static final String RESERVED = "[reference";
    private static final String MARK = "[reference] ";
    private static final String WITHDRAWN = "[reference withdrawn]";
    /** Longest label, characters (the note's own limit less the marker). */
    static final int MAX_LABEL = Note.MAX_LENGTH - MARK.length();

    /** The note text that marks a session; a blank label becomes "reference". */
    static String markText(String label) {
        String text = label == null ? "" : label.strip();
        if (text.length() > MAX_LABEL) {
            throw new IllegalArgumentException("label must be at most " + MAX_LABEL + " characters, was " + text.length());
        }
        return MARK + (text.isEmpty() ? "reference" : text);
    }

    static String withdrawText() {
        return WITHDRAWN;
    }

    static boolean isReserved(String noteText) {
        return noteText.strip().toLowerCase(Locale.ROOT).startsWith(RESERVED);
    }

    /** The session's mark now, or null when it is not (or no longer) a reference. */
    static ReferenceMark of(List<Note> notes) {
        Note newest = null;
        for (Note note : notes) {
            if (isReserved(note.text()) && (newest == null || note.createdAtEpochMs() >= newest.createdAtEpochMs())) {
                newest = note;
            }
        }
        if (newest == null || !newest.text().startsWith(MARK)) {
            return null;
        }
        return new ReferenceMark(newest.text().substring(MARK.length()), newest.createdAtEpochMs());
    }
}
