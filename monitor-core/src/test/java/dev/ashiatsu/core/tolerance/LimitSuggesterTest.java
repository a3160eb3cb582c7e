package dev.ashiatsu.core.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The suggestion rule: a margin under the lowest recent stop, only ever lowering a zone's factor. */
class LimitSuggesterTest {

    private static final long DAY = 86_400_000L;
    private static final long NOW = 1_800_000_000_000L;
    /** Whole-body limit 40 kg; the lower back at its default factor 0.6 (limit 24 kg). */
    private final ClientProfile client = new ClientProfile("c1", "C", 170, 10, 40.0, null, Map.of(), "");

    private static ToleranceStop stop(Zone zone, double loadKg, double limitKg, double factor, long epochMs) {
        return new ToleranceStop(zone, loadKg, limitKg, factor, "s-" + epochMs, 1000, epochMs, StopSource.CLIENT_STOP);
    }

    @Test
    void suggestsTheMarginUnderTheLowestRecentStopRoundedDown() {
        List<ToleranceStop> stops = List.of(
                stop(Zone.MID_BACK, 30, 40, 1.0, NOW - 2 * DAY),
                stop(Zone.MID_BACK, 25, 40, 1.0, NOW - 10 * DAY));
        ToleranceSuggestion s = LimitSuggester.suggest(Zone.MID_BACK, stops, client, NOW).orElseThrow();
        // 0.85 * 25 / 40 = 0.53125, rounded down to 0.5
        assertEquals(0.5, s.suggestedFactor(), 1e-12);
        assertEquals(1.0, s.currentFactor());
        assertEquals(25, s.lowestStop().loadKg());
        assertEquals(20, s.suggestedLimitKg(), 1e-9);
        assertEquals(2, s.recentStops());
    }

    @Test
    void stopsOlderThanTheRecentWindowDoNotCount() {
        List<ToleranceStop> stops = List.of(stop(Zone.MID_BACK, 10, 40, 1.0, NOW - (LimitSuggester.RECENT_DAYS + 1) * DAY));
        assertTrue(LimitSuggester.suggest(Zone.MID_BACK, stops, client, NOW).isEmpty());
    }

    @Test
    void neverSuggestsAFactorAtOrAboveTheProfilesOwn() {
        // stopped at 39 kg of a 40 kg limit: 0.85 * 39 / 40 = 0.83 > lower back's 0.6
        List<ToleranceStop> stops = List.of(stop(Zone.LOWER_BACK, 39, 24, 0.6, NOW));
        assertTrue(LimitSuggester.suggest(Zone.LOWER_BACK, stops, client, NOW).isEmpty());
        assertTrue(LimitSuggester.suggestAll(stops, client, NOW).isEmpty());
    }

    @Test
    void comparesStopsByTheFactorTheyImplyWhenTheWholeBodyLimitChanged() {
        // 20 kg under a 40 kg whole-body limit implies 0.425 -> 0.4; 22 kg under 80 kg implies 0.23 -> 0.2
        List<ToleranceStop> stops = List.of(
                stop(Zone.THIGH, 20, 40, 1.0, NOW - DAY),
                stop(Zone.THIGH, 22, 80, 1.0, NOW - 2 * DAY));
        ToleranceSuggestion s = LimitSuggester.suggest(Zone.THIGH, stops, client, NOW).orElseThrow();
        assertEquals(0.2, s.suggestedFactor(), 1e-12);
        assertEquals(22, s.lowestStop().loadKg());
    }

    @Test
    void aStopAtAlmostNoLoadSuggestsTheMinimumFactorNeverNoGo() {
        List<ToleranceStop> stops = List.of(stop(Zone.CALF, 0.5, 32, 0.8, NOW));
        assertEquals(LimitSuggester.MIN_FACTOR,
                LimitSuggester.suggest(Zone.CALF, stops, client, NOW).orElseThrow().suggestedFactor());
    }

    @Test
    void aNoGoZoneGetsNoSuggestion() {
        ClientProfile kneeNoGo = client;
        assertEquals(0, kneeNoGo.factorOf(Zone.KNEE));
        List<ToleranceStop> stops = List.of(stop(Zone.KNEE, 5, 40, 1.0, NOW));
        assertTrue(LimitSuggester.suggest(Zone.KNEE, stops, kneeNoGo, NOW).isEmpty());
    }

    @Test
    void applyingLowersOnlyThatZonesFactorAndKeepsTheRest() {
        ClientProfile withOverride = new ClientProfile("c1", "C", 170, 10, 40.0, null, Map.of(Zone.FOOT, 0.3), "n");
        ToleranceSuggestion s = LimitSuggester.suggest(Zone.MID_BACK,
                List.of(stop(Zone.MID_BACK, 25, 40, 1.0, NOW)), withOverride, NOW).orElseThrow();
        ClientProfile applied = LimitSuggester.apply(withOverride, s);
        assertEquals(0.5, applied.factorOf(Zone.MID_BACK), 1e-12);
        assertEquals(0.3, applied.factorOf(Zone.FOOT));
        assertEquals(40.0, applied.maxAppliedKg());
        assertEquals("n", applied.notes());
    }

    @Test
    void applyingIsRefusedWhenTheProfileWasLoweredFurtherSince() {
        ToleranceSuggestion s = LimitSuggester.suggest(Zone.MID_BACK,
                List.of(stop(Zone.MID_BACK, 25, 40, 1.0, NOW)), client, NOW).orElseThrow();
        ClientProfile lowered = new ClientProfile("c1", "C", 170, 10, 40.0, null, Map.of(Zone.MID_BACK, 0.4), "");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LimitSuggester.apply(lowered, s));
        assertTrue(e.getMessage().contains("MID_BACK"), e.getMessage());
    }

    @Test
    void aStopMustNameABodyZoneAndAUsableLimit() {
        assertThrows(IllegalArgumentException.class, () -> stop(Zone.OFF_BODY, 10, 40, 1.0, NOW));
        assertThrows(IllegalArgumentException.class, () -> stop(Zone.THIGH, 10, Double.POSITIVE_INFINITY, 1.0, NOW));
        assertThrows(IllegalArgumentException.class, () -> stop(Zone.THIGH, Double.NaN, 40, 1.0, NOW));
        assertThrows(IllegalArgumentException.class, () -> stop(Zone.KNEE, 10, 40, 0, NOW));
    }
}
