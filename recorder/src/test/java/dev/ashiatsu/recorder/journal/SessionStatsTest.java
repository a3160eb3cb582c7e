package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.band.InBandTime;
import dev.ashiatsu.core.band.ZoneInBand;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.stats.SessionDose;
import dev.ashiatsu.core.stats.ZoneDose;
import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.recorder.SimulatedSession.ScriptedStroke;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded session's statistics carry its strokes and dose from the stored estimates, the strokes being
 * the ones its script applied, and the whole value reads back equal from JSON (as a per-session digest stores it).
 */
class SessionStatsTest {

    private static final double DURATION_MS = 40_000;

    @TempDir
    Path dir;

    @Test
    void theStoredEstimatesGiveTheScriptsStrokesAndEachZonesDose() {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(JournalRecorderTest.STARTED_AT));
            sim.run(DURATION_MS);
            recorder.end(sim.timeMs());
        }
        SessionStats stats = SessionStats.of(loaded(store, id));

        List<ScriptedStroke> truth = sim.scriptedStrokes(DURATION_MS);
        assertEquals(truth.size(), stats.strokes().size(), stats.strokes().toString());
        for (int i = 0; i < truth.size(); i++) {
            Stroke stroke = stats.strokes().get(i);
            assertEquals(truth.get(i).peakKg(), stroke.peakKg(), 1.0, "peak of stroke " + i);
            assertEquals(truth.get(i).impulseKgS(), stroke.impulseKgS(), 0.05 * truth.get(i).impulseKgS(), "impulse of stroke " + i);
            assertEquals(truth.get(i).peakKg() / 70, stroke.peakFraction(), 0.015, "share of P of stroke " + i);
        }
        assertEquals(stats.zones().keySet(), stats.dose().zones().keySet());
        stats.zones().forEach((zone, z) -> {
            ZoneDose dose = stats.dose().zones().get(zone);
            assertEquals(z.seconds(), dose.loadedS(), 1e-9, zone + ": one accumulator for both");
            assertEquals(z.peakKg(), dose.peakKg(), 1e-9, zone.name());
        });
        var live = sim.monitor.dose();
        assertEquals(live.zones().keySet(), stats.dose().zones().keySet(), "the zones the live monitor dosed");
        live.zones().forEach((zone, d) -> assertEquals(d.impulseKgS(), stats.dose().zones().get(zone).impulseKgS(),
                0.01 * d.impulseKgS() + 0.1, zone + ": the recorded impulse is the live monitor's"));
        assertTrue(stats.dose().zones().get(Zone.THIGH).overLimitS() > 3, "46 kg on the thigh over its 42 kg limit");
    }

    @Test
    void itReadsBackEqualFromJsonNonFiniteNumbersIncluded() throws Exception {
        SessionStats stats = new SessionStats(12.5, Double.NaN, 0.25,
                Map.of(Zone.THIGH, new SessionStats.ZoneStats(3, 12.5, 9)),
                new SessionDose(new ZoneDose(3, 27, 1, 0.25, 12.5), Map.of(Zone.THIGH, new ZoneDose(3, 27, 1, 0.25, 12.5))),
                List.of(new Stroke(1000, 4000, List.of(Zone.THIGH), 0.5, 12.5, 2000, 1100, 1900, Double.NaN, 27, 1),
                        new Stroke(5000, 5000, List.of(), 3.5, 3.5, 5000, 5000, 5000, 0.05, 0, 0)),
                new InBandTime(new ZoneInBand(3, 2, 0.5, 0.5, 66.7), Map.of(Zone.THIGH, new ZoneInBand(3, 2, 0.5, 0.5, 66.7))));
        String json = JournalJson.MAPPER.writeValueAsString(stats);
        assertEquals(stats, JournalJson.MAPPER.readValue(json, SessionStats.class), json);
    }

    private static SessionData loaded(SessionStore store, String id) {
        try {
            return store.load(id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
