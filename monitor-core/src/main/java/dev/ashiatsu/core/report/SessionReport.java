package dev.ashiatsu.core.report;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.stats.SessionStatistics;
import java.util.List;

/**
 * The outcome of a whole recording, as {@code analyze} reports it (design.md section 5).
 *
 * @param clientBaselineKg       the last baseline captured, null if none was
 * @param practitionerKg         P as used: the profile's weight, else the estimate; null if neither
 * @param practitionerEstimateKg P^, null without a loaded sample
 * @param alarms                 every alarm in order of start; one still active at the end has a null endMs
 * @param presses                every button press at the table, in order, with the alarm it raised or acknowledged
 */
public record SessionReport(SessionStatistics statistics, Double clientBaselineKg, Double practitionerKg,
                            Double practitionerEstimateKg, List<AlarmEvent> alarms, InputCounters input,
                            List<ButtonPress> presses) {
}
