package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.SessionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A practitioner's progress across sessions (the body of {@code GET /api/practitioners/{id}/progress}):
 * their sessions oldest first as {@link ProgressPoint}s, a {@link Trend} per figure, and the sessions
 * that could not be read (listed with why, never silently dropped). Pure: built from session summaries.
 *
 * @param practitionerName the name recorded in their newest session; null without sessions
 * @param trends           per figure name (a {@link ProgressPoint} field), its trend or null (fewer than two values)
 * @param unreadable       sessions of unknown practitioner that could not be read: {@code {id, reason}}
 */
public record PractitionerProgress(String practitionerId, String practitionerName, List<ProgressPoint> sessions,
                                   Map<String, Trend> trends, List<Map<String, String>> unreadable) {

    /** The figures charted, each with how to read it from a point. */
    static final Map<String, Function<ProgressPoint, Double>> FIGURES = figures();

    /**
     * @param summaries every session in scope (any practitioner; filtered here)
     */
    static PractitionerProgress of(String practitionerId, List<SessionSummary> summaries) {
        List<ProgressPoint> points = summaries.stream()
                .filter(s -> s.unreadable() == null && practitionerId.equals(s.practitionerId()))
                .sorted(Comparator.comparingLong(SessionSummary::startedAt).thenComparing(SessionSummary::id))
                .map(ProgressPoint::of)
                .toList();
        String name = summaries.stream().filter(s -> practitionerId.equals(s.practitionerId()))
                .max(Comparator.comparingLong(SessionSummary::startedAt)).map(SessionSummary::practitionerName).orElse(null);
        Map<String, Trend> trends = new LinkedHashMap<>();
        FIGURES.forEach((figure, read) -> trends.put(figure, Trend.of(points.stream().map(read).toList())));
        List<Map<String, String>> unreadable = new ArrayList<>();
        summaries.stream().filter(s -> s.unreadable() != null)
                .forEach(s -> unreadable.add(Map.of("id", s.id(), "reason", s.unreadable())));
        return new PractitionerProgress(practitionerId, name, points, trends, unreadable);
    }

    private static Map<String, Function<ProgressPoint, Double>> figures() {
        Map<String, Function<ProgressPoint, Double>> figures = new LinkedHashMap<>();
        figures.put("peakAppliedKg", ProgressPoint::peakAppliedKg);
        figures.put("secondsOverLimit", ProgressPoint::secondsOverLimit);
        figures.put("overLimitPercent", ProgressPoint::overLimitPercent);
        figures.put("alarmsPerHour", ProgressPoint::alarmsPerHour);
        figures.put("inBandPercent", ProgressPoint::inBandPercent);
        figures.put("strokeSmoothness", ProgressPoint::strokeSmoothness);
        return java.util.Collections.unmodifiableMap(figures);
    }
}
