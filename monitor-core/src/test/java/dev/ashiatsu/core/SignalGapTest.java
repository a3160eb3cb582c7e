package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.alarm.AlarmType;
import dev.ashiatsu.core.estimate.Zone;
import org.junit.jupiter.api.Test;

/**
 * A gap in the signal (a cable pulled and plugged back): the load may have changed while nothing was
 * measured, and how fast it changed is unknown, so a rise across the gap is never a rapid load. Fed
 * sample by sample; the gap is 12.7 s, as in the replug that raised a false RAPID_LOAD.
 */
class SignalGapTest {

    private static final double GAP_MS = 12_700;

    private final TableRig rig = TableRig.fourLegs().withClientSettled();
    private final double thigh = rig.xOf(Zone.THIGH);

    @Test
    void aRiseAcrossAGapIsNotARapidLoad() {
        rig.settle(10, thigh);
        rig.tMs += GAP_MS;
        rig.hold(rig.practitioner(34, thigh), 2000);

        assertTrue(rig.raisedOf(AlarmType.RAPID_LOAD).isEmpty(), rig.toString());
        assertEquals(1, rig.raisedOf(AlarmType.SIGNAL_LOSS).size(), "the gap itself is reported: " + rig);
    }

    @Test
    void aRiseAcrossAGapFromAnEmptyTableIsNotARapidLoadEither() {
        rig.settle(0, thigh);
        rig.hold(rig.loads(0, 0, 0), 1000);
        rig.tMs += GAP_MS;
        rig.hold(rig.practitioner(30, thigh), 2000);

        assertTrue(rig.raisedOf(AlarmType.RAPID_LOAD).isEmpty(), rig.toString());
    }

    @Test
    void aRapidRiseAfterTheGapStillRaises() {
        rig.settle(10, thigh);
        rig.tMs += GAP_MS;
        rig.hold(rig.practitioner(10, thigh), 1000);
        rig.feed(rig.practitioner(34, thigh));
        rig.hold(rig.practitioner(34, thigh), 500);

        assertEquals(1, rig.raisedOf(AlarmType.RAPID_LOAD).size(), rig.toString());
    }

    @Test
    void aRapidRiseRightAfterTheGapStillRaises() {
        rig.settle(10, thigh);
        rig.tMs += GAP_MS;
        rig.feed(rig.practitioner(10, thigh));
        rig.feed(rig.practitioner(10, thigh));
        rig.feed(rig.practitioner(10, thigh));
        rig.feed(rig.practitioner(34, thigh));
        rig.hold(rig.practitioner(34, thigh), 500);

        assertEquals(1, rig.raisedOf(AlarmType.RAPID_LOAD).size(), "measured after the gap, the rise is real: " + rig);
    }
}
