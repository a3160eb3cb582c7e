package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.SessionAnalyzer;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.tolerance.LimitSuggester;
import dev.ashiatsu.core.tolerance.StopSource;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.core.tolerance.ToleranceSuggestion;
import dev.ashiatsu.testing.Await;
import dev.ashiatsu.testing.CollectingSink;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo tells the client-stop story of issue 11: the in-process source (what {@code ashiatsu demo}
 * runs) presses the client's stop during rocking on the glutes and the acknowledge button a few seconds later,
 * the monitor fed by it raises a CLIENT_STOP that records a load under the limit on a body zone, and that stop
 * makes the limit suggester propose a lower factor for the zone.
 */
class DemoClientStopTest {

    @Test
    void theDemoSourcePressesStopWhileLoadingTheGlutesAndTheStopLeadsToASuggestion() throws Exception {
        CollectingSink sink = new CollectingSink();
        SimulatorSource source = SimulatorSource.open("demo", 1, false, Pacer.unpaced());
        try (source) {
            source.start(sink);
            Await.until(() -> "stopped".equals(source.health().state()), "the end of the demo scenario");
        }
        assertEquals(List.of(new InputEvent(95_000, Input.CLIENT_STOP), new InputEvent(99_000, Input.ACKNOWLEDGE)),
                sink.inputs, "the stop, and the acknowledgement from the bar");

        SessionAnalyzer analyzer = new SessionAnalyzer(source.table(), source.client(), source.practitioner());
        int next = 0;
        for (int i = 0; i < sink.frames.size(); i++) {
            for (; next < sink.inputs.size() && sink.framesBeforeInput.get(next) <= i; next++) {
                analyzer.input(sink.inputs.get(next));
            }
            analyzer.accept(sink.frames.get(i));
        }
        List<AlarmEvent> stops = analyzer.report(InputCounters.NONE).alarms().stream()
                .filter(a -> a.type() == AlarmType.CLIENT_STOP).toList();
        assertEquals(1, stops.size(), stops.toString());
        AlarmEvent stop = stops.get(0);
        assertEquals(Zone.GLUTES, stop.zone());
        assertEquals(95_000, stop.startMs(), 1e-9);
        assertEquals(99_000, stop.endMs(), 1e-9, "ended by the acknowledge button");
        assertNotNull(stop.press());
        double loadKg = stop.press().appliedKg();
        assertTrue(loadKg > 20 && loadKg < stop.limitKg(), "a real load, under the limit: " + loadKg + " of "
                + stop.limitKg());

        ToleranceStop learned = new ToleranceStop(stop.zone(), loadKg, stop.limitKg(),
                source.client().factorOf(stop.zone()), "demo", stop.startMs(), 0, StopSource.CLIENT_STOP);
        Optional<ToleranceSuggestion> suggestion = LimitSuggester.suggest(Zone.GLUTES, List.of(learned),
                source.client(), 0);
        assertTrue(suggestion.isPresent(), "the stop asks for a lower limit on the glutes");
        assertTrue(suggestion.get().suggestedFactor() < source.client().factorOf(Zone.GLUTES),
                suggestion.get().toString());
    }
}
