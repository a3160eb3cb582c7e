package dev.ashiatsu.dashboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress and trends from session summaries alone (pure). */
class PractitionerProgressTest {

    private static final long DAY = 86_400_000L;

    @Test
    void aTrendIsTheLeastSquaresLineOverTheSessionsThatHaveTheFigure() {
        Trend line = Trend.of(Arrays.asList(10.0, null, 6.0, 4.0));
        // x = 0, 2, 3; y = 10, 6, 4: slope -2, intercept 10
        assertEquals(3, line.sessions());
        assertEquals(-2.0, line.perSession(), 1e-9);
        assertEquals(10.0, line.first(), 1e-9);
        assertEquals(4.0, line.last(), 1e-9);
        assertNull(Trend.of(Arrays.asList(null, 5.0, null)), "one value is no line");
        assertNull(Trend.of(List.of()), "no values, no line");
    }

    @Test
    void theSessionsOfOnePractitionerAreOldestFirstWithTheirRates() {
        List<SessionSummary> summaries = List.of(
                summary("20251124-090000-0003", "pract-b", 3 * DAY, 1800, 40, 12, 3),
                summary("20251122-090000-0001", "pract-b", DAY, 3600, 55, 30, 8),
                summary("20251123-090000-0002", "someone-else", 2 * DAY, 3600, 70, 90, 20),
                summary("20251123-100000-0004", "pract-b", 2 * DAY + 3_600_000, 30, 20, 0, 1),
                SessionSummary.unreadable("20251125-090000-0005", 1234, "session info damaged at byte 0"));

        PractitionerProgress progress = PractitionerProgress.of("pract-b", summaries);

        assertEquals(List.of("20251122-090000-0001", "20251123-100000-0004", "20251124-090000-0003"),
                progress.sessions().stream().map(ProgressPoint::id).toList(), "the practitioner's own, oldest first");
        assertEquals("Name of pract-b", progress.practitionerName());
        ProgressPoint first = progress.sessions().get(0);
        assertEquals(8.0, first.alarmsPerHour(), 1e-9, "8 alarms in an hour");
        assertEquals(100.0 * 30 / 3600, first.overLimitPercent(), 0.01);
        assertNull(progress.sessions().get(1).alarmsPerHour(), "a 30 s session gets no alarm rate");
        assertEquals(6.0, progress.sessions().get(2).alarmsPerHour(), 1e-9, "3 alarms in half an hour");
        assertNull(first.inBandPercent(), "no target bands recorded yet");
        assertNull(first.strokeSmoothness(), "no strokes recorded yet");
        assertEquals(-7.5, progress.trends().get("peakAppliedKg").perSession(), 1e-9, "55, 20, 40 kg: slope -7.5 kg per session");
        assertEquals(2, progress.trends().get("alarmsPerHour").sessions(), "the short session has no rate");
        assertNull(progress.trends().get("inBandPercent"));
        assertEquals(1, progress.unreadable().size());
        assertEquals("20251125-090000-0005", progress.unreadable().get(0).get("id"));
    }

    @Test
    void aPractitionerWithoutSessionsHasNoPointsAndNoTrends() {
        PractitionerProgress progress = PractitionerProgress.of("new-student",
                List.of(summary("20251122-090000-0001", "pract-b", DAY, 3600, 55, 30, 8)));
        assertEquals(0, progress.sessions().size());
        assertNull(progress.practitionerName());
        progress.trends().values().forEach(trend -> assertNull(trend));
    }

    private static SessionSummary summary(String id, String practitioner, long startedAt, double durationS, double peakKg,
                                          double overS, int alarms) {
        return new SessionSummary(id, "client-a", "Client A", practitioner, "Name of " + practitioner, "sim-8", "sim",
                startedAt, durationS, (long) (durationS * 80), peakKg, overS, alarms, alarms / 2, 0, true, 0, 1000, 0, 0, null,
                null, null, null);
    }
}
