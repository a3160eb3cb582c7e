package dev.ashiatsu.core.report;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.stats.SessionDose;
import dev.ashiatsu.core.stats.SessionStatistics;
import dev.ashiatsu.core.stroke.Stroke;
import java.util.List;

/**
 * The outcome of a whole recording, as {@code analyze} reports it (design.md section 5).
 *
 * @param clientBaselineKg       the last baseline captured, null if none was
 * @param practitionerKg         P as used: the profile's weight, else the estimate; null if neither
 * @param practitionerEstimateKg P^, null without a loaded sample
 * @param alarms                 every alarm in order of start; one still active at the end has a null endMs
 * @param presses                every button press at the table, in order, with the alarm it raised or acknowledged
 * @param strokes                every stroke in order (one under way at the end ends at the last frame)
 * @param dose                   the dose per zone and for the session
 */
public record SessionReport(SessionStatistics statistics, Double clientBaselineKg, Double practitionerKg,
                            Double practitionerEstimateKg, List<AlarmEvent> alarms, InputCounters input,
                            List<ButtonPress> presses, List<Stroke> strokes, SessionDose dose) {

    public SessionReport {
        alarms = List.copyOf(alarms);
        presses = List.copyOf(presses);
        strokes = List.copyOf(strokes);
    }
}
