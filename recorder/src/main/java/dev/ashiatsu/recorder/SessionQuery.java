package dev.ashiatsu.recorder;

import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the session list and the filters it is taken from ({@code GET /api/sessions}). Pure value.
 * Filters: {@code clientId}, {@code practitionerId} (exact; null for any), the start {@code startedAt} in
 * {@code [fromMs, toMs)} (epoch ms), {@code alarms} (null for any). A session that cannot be read matches
 * only a query without a client, practitioner or alarm filter (whose it is and its alarms are unknown).
 * The page: {@code limit} sessions from {@code offset}, newest first.
 *
 * @param limit  1 to {@value #MAX_LIMIT}
 * @param offset sessions to skip, 0 or more
 */
public record SessionQuery(String clientId, String practitionerId, long fromMs, long toMs, Alarms alarms,
                           int offset, int limit) {

    /** Sessions in a page unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 100;
    /** The most sessions in one page. */
    public static final int MAX_LIMIT = 1000;

    /** Every session, first page. */
    public static final SessionQuery ALL = new SessionQuery(null, null, Long.MIN_VALUE, Long.MAX_VALUE, null, 0,
            DEFAULT_LIMIT);

    /** The alarm filter. */
    public enum Alarms {
        /** At least one alarm. */
        ANY,
        /** At least one HIGH priority alarm. */
        HIGH,
        /** No alarm. */
        NONE;

        boolean matches(SessionSummary summary) {
            return switch (this) {
                case ANY -> summary.alarmCount() > 0;
                case HIGH -> summary.highAlarmCount() > 0;
                case NONE -> summary.alarmCount() == 0;
            };
        }
    }

    public SessionQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
    }

    /** Whether a session passes the filters (paging aside). */
    public boolean matches(SessionSummary summary) {
        if (summary.startedAt() < fromMs || summary.startedAt() >= toMs) {
            return false;
        }
        if (summary.unreadable() != null) {
            return clientId == null && practitionerId == null && alarms == null;
        }
        return (clientId == null || clientId.equals(summary.clientId()))
                && (practitionerId == null || practitionerId.equals(summary.practitionerId()))
                && (alarms == null || alarms.matches(summary));
    }

    /** This query's page of a list that is already newest first, and how many of it match. */
    public SessionPage page(List<SessionSummary> newestFirst) {
        List<SessionSummary> page = new ArrayList<>(Math.min(limit, newestFirst.size()));
        int total = 0;
        for (SessionSummary summary : newestFirst) {
            if (matches(summary)) {
                if (total >= offset && page.size() < limit) {
                    page.add(summary);
                }
                total++;
            }
        }
        return new SessionPage(page, total);
    }
}
