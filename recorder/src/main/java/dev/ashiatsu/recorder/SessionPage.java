package dev.ashiatsu.recorder;

import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.List;

/**
 * A page of the session list.
 *
 * @param sessions newest first
 * @param total    how many sessions match the query's filters, on every page together
 */
public record SessionPage(List<SessionSummary> sessions, int total) {

    public SessionPage {
        sessions = List.copyOf(sessions);
    }
}
