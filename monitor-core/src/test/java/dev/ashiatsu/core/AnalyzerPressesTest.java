package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.report.ButtonPress;
import dev.ashiatsu.core.report.SessionAnalyzer;
import dev.ashiatsu.core.report.SessionReport;
import dev.ashiatsu.core.source.Input;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import org.junit.jupiter.api.Test;

/** A recording with presses, through the analyzer as a sink: the report holds the stop and every press. */
class AnalyzerPressesTest {

    @Test
    void theReportListsTheStopWithItsLoadAndEveryPress() {
        TableRig rig = TableRig.fourLegs();
        SessionAnalyzer analyzer = new SessionAnalyzer(rig.table, rig.client, new PractitionerProfile("p", "P", 68.0));
        double t = 0;
        for (; t < 3000; t += 20) {
            analyzer.accept(Frame.ofKg(t, rig.loads(0, 0, 0)));
        }
        double x = rig.xOf(Zone.MID_BACK);
        for (; t < 6000; t += 20) {
            analyzer.accept(Frame.ofKg(t, rig.practitioner(25, x)));
        }
        analyzer.input(new InputEvent(t - 10, Input.CLIENT_STOP));
        for (; t < 8000; t += 20) {
            analyzer.accept(Frame.ofKg(t, rig.practitioner(0, x)));
        }
        analyzer.input(new InputEvent(t - 10, Input.ACKNOWLEDGE));
        analyzer.input(new InputEvent(t - 5, Input.ACKNOWLEDGE));
        SessionReport report = analyzer.report(new InputCounters(0, 0, 0, 0, 0));

        AlarmEvent stop = report.alarms().stream().filter(a -> a.type() == AlarmType.CLIENT_STOP).findFirst().orElseThrow();
        assertEquals(5990, stop.startMs());
        assertEquals(7990, stop.endMs(), "ended by the acknowledgement");
        assertEquals(Zone.MID_BACK, stop.zone());
        assertEquals(25, stop.press().appliedKg(), 1e-9);
        assertEquals(3, report.presses().size());
        assertEquals(new ButtonPress(5990, Input.CLIENT_STOP, stop.id()), report.presses().get(0));
        assertEquals(new ButtonPress(7990, Input.ACKNOWLEDGE, stop.id()), report.presses().get(1));
        assertNull(report.presses().get(2).alarmId(), "nothing left to acknowledge");
    }
}
