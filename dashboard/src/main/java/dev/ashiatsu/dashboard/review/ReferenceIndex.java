package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sessions are references ({@link ReferenceMark}), for {@code GET /api/references}. A mark is a note,
 * so only sessions with notes can be one; each of those is loaded once and its answer kept until its summary
 * changes (a new note changes the note count). The first call after a start loads every session with notes.
 * Thread-safe.
 */
final class ReferenceIndex {

    private record Known(SessionSummary summary, ReferenceMark mark) {
    }

    private final SessionArchive store;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    ReferenceIndex(SessionArchive store) {
        this.store = store;
    }

    /** The reference sessions, newest first: their summary and {@code reference} (label, markedAt). */
    List<Map<String, Object>> references() throws IOException {
        List<Map<String, Object>> references = new ArrayList<>();
        for (SessionSummary summary : store.list()) {
            if (summary.unreadable() != null || summary.noteCount() == 0) {
                continue;
            }
            Known k = known.get(summary.id());
            if (k == null || !k.summary().equals(summary)) {
                try {
                    k = new Known(summary, ReferenceMark.of(store.load(summary.id()).notes()));
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                known.put(summary.id(), k);
            }
            if (k.mark() != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("summary", summary);
                entry.put("reference", k.mark());
                references.add(entry);
            }
        }
        return references;
    }
}
