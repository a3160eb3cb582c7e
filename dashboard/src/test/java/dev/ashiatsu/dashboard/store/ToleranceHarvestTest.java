package dev.ashiatsu.dashboard.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.tolerance.StopSource;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stops a recorded session holds: client stops as their alarms recorded them, discomfort notes from the frames before them. */
class ToleranceHarvestTest {

    private static final long STARTED = 1_767_000_000_000L;

    /** One frame a second from t = 1000 ms: loads and zones as given, the zone's limit 30 kg times its default factor. */
    private static SessionData session(double[] appliedKg, Zone[] zones, List<AlarmEvent> alarms, List<Note> notes) {
        int n = appliedKg.length;
        double[] t = new double[n];
        double[] limit = new double[n];
        byte[] zone = new byte[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1000 + 1000.0 * i;
            zone[i] = (byte) (zones[i] == null ? -1 : zones[i].ordinal());
            limit[i] = zones[i] == null ? Double.POSITIVE_INFINITY : 30 * zones[i].defaultFactor();
        }
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, Double.NaN);
        SessionInfo info = new SessionInfo(TestTable.table(), TestTable.client(), TestTable.practitioner(), STARTED, "test");
        return new SessionData("s1", info, n, t, new double[0][], true, appliedKg, limit, nan, nan, nan, nan,
                new byte[n], zone, alarms, notes, null, 0, 0);
    }

    @Test
    void aDiscomfortNoteTakesTheHighestLoadOnAZoneInTheFiveSecondsBeforeIt() {
        double[] loads = {2, 18, 24, 20, 5, 3, 40};
        Zone[] zones = {null, Zone.CALF, Zone.CALF, Zone.THIGH, Zone.THIGH, null, Zone.THIGH};
        SessionData s = session(loads, zones, List.of(), List.of(new Note(6000, "ouch, the calf", 1, Note.DISCOMFORT),
                new Note(6500, "plain note", 1)));
        ToleranceHarvest.Result found = ToleranceHarvest.of(s);
        assertEquals(1, found.stops().size(), found.toString());
        ToleranceStop stop = found.stops().get(0);
        assertEquals(Zone.CALF, stop.zone());
        assertEquals(24, stop.loadKg());
        assertEquals(24, stop.limitKg(), 1e-9);
        assertEquals(0.8, stop.zoneFactor());
        assertEquals(StopSource.DISCOMFORT_NOTE, stop.source());
        assertEquals(STARTED + 5000, stop.epochMs(), "the session's start plus the time since its first frame");
    }

    @Test
    void aClientStopTakesTheLoadAtThePressNotTheAlarmsLaterPeakAndItsZoneAndLimit() {
        double[] loads = {10, 22, 15};
        Zone[] zones = {Zone.GLUTES, Zone.GLUTES, Zone.GLUTES};
        // pressed at 2000 ms, with 22 kg; the alarm's peak grew to 35 kg while it stayed active
        AlarmEvent recorded = new AlarmEvent(1, AlarmType.CLIENT_STOP, 2000, 3000.0, 35, 30, Zone.MID_BACK, null, "");
        AlarmEvent withoutZone = new AlarmEvent(2, AlarmType.CLIENT_STOP, 3000, null, Double.NaN, Double.NaN, null, null, "");
        AlarmEvent other = new AlarmEvent(3, AlarmType.OVER_LIMIT, 3000, null, 40, 30, Zone.GLUTES, null, "");
        List<ToleranceStop> stops = ToleranceHarvest.of(session(loads, zones, List.of(recorded, withoutZone, other), List.of())).stops();
        assertEquals(2, stops.size(), stops.toString());
        assertEquals(Zone.MID_BACK, stops.get(0).zone());
        assertEquals(22, stops.get(0).loadKg(), "the load of the frame at the press");
        assertEquals(30, stops.get(0).limitKg());
        assertEquals(Zone.GLUTES, stops.get(1).zone());
        assertEquals(22, stops.get(1).loadKg(), "the highest load in the 5 s up to the press");
    }

    @Test
    void aClientStopBetweenFramesTakesTheFrameBeforeAndWithoutFramesTheAlarmsLoad() {
        AlarmEvent between = new AlarmEvent(1, AlarmType.CLIENT_STOP, 2500, null, 35, 30, Zone.THIGH, null, "");
        List<ToleranceStop> stops = ToleranceHarvest.of(session(new double[] {10, 22, 15},
                new Zone[] {Zone.THIGH, Zone.THIGH, Zone.THIGH}, List.of(between), List.of())).stops();
        assertEquals(22, stops.get(0).loadKg());
        AlarmEvent early = new AlarmEvent(1, AlarmType.CLIENT_STOP, 500, null, 12, 30, Zone.THIGH, null, "");
        stops = ToleranceHarvest.of(session(new double[] {10}, new Zone[] {Zone.THIGH}, List.of(early), List.of())).stops();
        assertEquals(12, stops.get(0).loadKg(), "no frame before the press: the alarm's own load");
    }

    @Test
    void aStopWithNoLoadOnABodyZoneIsListedAsSkippedNotDropped() {
        double[] loads = {1, 2};
        Zone[] zones = {null, Zone.KNEE};
        ToleranceHarvest.Result found = ToleranceHarvest.of(session(loads, zones, List.of(),
                List.of(new Note(2000, "uncomfortable", 1, Note.DISCOMFORT))));
        assertTrue(found.stops().isEmpty());
        assertEquals(1, found.skipped().size());
        assertTrue(found.skipped().get(0).contains("session s1") && found.skipped().get(0).contains("uncomfortable"),
                found.skipped().toString());
    }
}
