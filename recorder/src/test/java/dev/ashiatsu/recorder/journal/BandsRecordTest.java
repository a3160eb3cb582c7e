package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.band.InBandTime;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.band.ZoneInBand;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SimulatedSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target bands are stored with the session (BANDS records) and its in-band time is computed with them. */
class BandsRecordTest {

    private static final long STARTED_AT = 1_767_100_000_000L;

    @TempDir
    Path dir;

    @Test
    void bandsSetDuringASessionReadBackInOrderAndGiveItsInBandTime() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        BandSet first = new BandSet(null, Map.of(Zone.MID_BACK, new TargetBand(30, 50), Zone.CALF, new TargetBand(20, 30)));
        BandSet second;
        BandSet cleared;
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            recorder.bands(first);
            sim.run(30_000);
            second = new BandSet(sim.timeMs() - SimulatedSession.PERIOD_MS,
                    Map.of(Zone.MID_BACK, new TargetBand(45, 55), Zone.LOWER_BACK, new TargetBand(30, 40)));
            recorder.bands(second);
            sim.run(30_000);
            cleared = new BandSet(sim.timeMs() - SimulatedSession.PERIOD_MS, Map.of());
            recorder.bands(cleared);
            sim.run(10_000);
            recorder.end(sim.timeMs());
            assertNull(recorder.fault());
        }
        SessionData data = store.load(id);
        assertEquals(List.of(first, second, cleared), data.bands());

        SessionStats stats = SessionStats.of(data);
        Map<Zone, double[]> expected = expectedInBand(data);
        assertEquals(expected.keySet(), stats.inBand().zones().keySet(), "zones with a band while loaded");
        assertTrue(expected.containsKey(Zone.MID_BACK) && expected.containsKey(Zone.CALF) && expected.containsKey(Zone.LOWER_BACK));
        double banded = 0;
        double in = 0;
        for (var entry : expected.entrySet()) {
            ZoneInBand zone = stats.inBand().zones().get(entry.getKey());
            assertEquals(entry.getValue()[0] / 1000, zone.bandedS(), 1e-9, entry.getKey() + " banded time");
            assertEquals(entry.getValue()[1] / 1000, zone.inBandS(), 1e-9, entry.getKey() + " in band");
            assertTrue(zone.bandedS() <= stats.zones().get(entry.getKey()).seconds() + 1e-9, "within the zone's loaded time");
            banded += entry.getValue()[0];
            in += entry.getValue()[1];
        }
        assertEquals(Math.round(1000 * in / banded) / 10.0, stats.inBand().inBandPercent());
        assertTrue(in > 0 && in < banded, "the script goes through and out of the bands: " + in + " of " + banded);

        SessionSummary summary = store.list().get(0);
        assertEquals(stats.inBand().inBandPercent(), summary.inBandPercent());
        assertEquals(stats.inBand(), JournalJson.MAPPER.readValue(JournalJson.MAPPER.writeValueAsString(stats.inBand()),
                InBandTime.class), "the in-band time is a plain JSON record");
    }

    @Test
    void aSessionWithoutBandsReadsWithNoneAndNoInBandPercent() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(STARTED_AT));
            sim.run(10_000);
            recorder.end(sim.timeMs());
        }
        SessionData data = store.load(id);
        assertEquals(List.of(), data.bands());
        assertNull(SessionStats.of(data).inBand().inBandPercent());
        assertTrue(SessionStats.of(data).inBand().zones().isEmpty());
        assertNull(store.list().get(0).inBandPercent());
        assertNotNull(store.list().get(0).peakAppliedKg());
    }

    @Test
    void aSummaryFileWrittenBeforeBandsReadsWithoutAPercent() throws Exception {
        SessionSummary old = JournalJson.MAPPER.readValue("{\"id\":\"20261122-100000-1a2b\",\"startedAt\":5,"
                + "\"peakAppliedKg\":12.5,\"ended\":true}", SessionSummary.class);
        assertNull(old.inBandPercent());
        assertEquals(12.5, old.peakAppliedKg());
    }

    /**
     * In-band time per zone, counted here frame by frame in the plainest way: the set in force is the last
     * one made before the frame; each frame counts until the next (at most 250 ms).
     */
    private static Map<Zone, double[]> expectedInBand(SessionData s) {
        Map<Zone, double[]> out = new java.util.EnumMap<>(Zone.class);
        for (int i = 0; i + 1 < s.frames(); i++) {
            BandSet inForce = null;
            for (BandSet set : s.bands()) {
                if (set.fromMs() == null || set.fromMs() < s.tMs()[i]) {
                    inForce = set;
                }
            }
            Zone zone = s.zoneAt(i);
            double a = s.appliedKg()[i];
            double p = s.practitionerKg()[i];
            if (inForce == null || zone == null || a < 5 || !(p > 0) || inForce.bands().get(zone) == null) {
                continue;
            }
            TargetBand band = inForce.bands().get(zone);
            double step = Math.min(s.tMs()[i + 1] - s.tMs()[i], 250);
            double[] sums = out.computeIfAbsent(zone, z -> new double[2]);
            sums[0] += step;
            if (a >= band.lowPercent() / 100 * p && a <= band.highPercent() / 100 * p) {
                sums[1] += step;
            }
        }
        return out;
    }
}
