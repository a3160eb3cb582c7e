package dev.ashiatsu.sim;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.alarm.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares the alarms of an analysed output with the ground truth, alarm by alarm: same type, channel and
 * zone, start within a tolerance (3 sample periods, at least 100 ms; 60 ms for signal loss); every truth
 * alarm found, and no HIGH or MEDIUM alarm the truth does not have. Returns what differs, empty when all match.
 */
final class AlarmMatch {

    private AlarmMatch() {
    }

    static List<String> differences(List<AlarmEvent> truth, List<AlarmEvent> seen, double periodMs) {
        List<String> problems = new ArrayList<>();
        List<AlarmEvent> unmatched = new ArrayList<>(seen);
        for (AlarmEvent expected : truth) {
            AlarmEvent match = null;
            for (AlarmEvent candidate : unmatched) {
                if (candidate.type() == expected.type() && Objects.equals(candidate.channel(), expected.channel())
                        && Objects.equals(candidate.zone(), expected.zone())
                        && Math.abs(candidate.startMs() - expected.startMs()) <= tolerance(expected.type(), periodMs)) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                problems.add("missing " + describe(expected));
            } else {
                unmatched.remove(match);
            }
        }
        for (AlarmEvent extra : unmatched) {
            if (extra.priority() != Priority.LOW) {
                problems.add("extra " + describe(extra));
            }
        }
        return problems;
    }

    static double tolerance(AlarmType type, double periodMs) {
        return type == AlarmType.SIGNAL_LOSS ? 60 : Math.max(3 * periodMs, 100);
    }

    static String describe(AlarmEvent alarm) {
        return String.format(Locale.ROOT, "%s %s at %.1f ms (zone %s, channel %s)", alarm.priority(), alarm.type(),
                alarm.startMs(), alarm.zone(), alarm.channel());
    }
}
