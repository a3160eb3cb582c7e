package dev.ashiatsu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phases, baseline, applied load, centre of pressure and the practitioner estimate. */
class EstimatorTest {

    @ParameterizedTest
    @ValueSource(doubles = {30, 61.5, 100, 137.25, 170})
    void centreOfPressureIsExactOnFourLegs(double x) {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        rig.hold(rig.practitioner(20, x), 500);
        Estimate e = rig.monitor.estimate();
        assertEquals(x, e.xCm(), 1e-9);
        assertEquals(20, e.appliedKg(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {30, 61.5, 100, 137.25, 170})
    void centreOfPressureIsExactOnSixLegs(double x) {
        TableRig rig = new TableRig(4, 95, 186).withClientSettled();
        rig.hold(rig.practitioner(25, x), 500);
        assertEquals(x, rig.monitor.estimate().xCm(), 1e-9);
    }

    @Test
    void twoFeetGiveTheCentreBetweenThem() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        double[] calf = rig.loads(10, 150, 0);
        double[] thigh = rig.loads(10, 110, 0);
        double[] both = new double[calf.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = calf[i] + thigh[i] - rig.loads(0, 0, 0)[i];
        }
        rig.hold(both, 500);
        assertEquals(130, rig.monitor.estimate().xCm(), 1e-9);
        assertEquals(Zone.KNEE, rig.monitor.estimate().zone(), "four legs cannot tell two feet apart");
    }

    @Test
    void goesFromEmptyToClientToLoadedAndBack() {
        TableRig rig = TableRig.fourLegs();
        rig.hold(new double[rig.table.channelCount()], 2500);
        assertEquals(Phase.EMPTY, rig.monitor.estimate().phase());
        assertNull(rig.monitor.estimate().baselineKg());

        rig.hold(rig.loads(0, 0, 0), 3000);
        Estimate client = rig.monitor.estimate();
        assertEquals(Phase.CLIENT, client.phase());
        assertEquals(TableRig.CLIENT_KG, client.baselineKg(), 1e-9);

        rig.hold(rig.practitioner(0, 100), 500);
        assertEquals(Phase.LOADED, rig.monitor.estimate().phase(), "hanging on the bars is loaded");

        rig.hold(new double[rig.table.channelCount()], 500);
        assertEquals(Phase.EMPTY, rig.monitor.estimate().phase());
        assertNull(rig.monitor.estimate().baselineKg(), "EMPTY drops the baseline");
        assertEquals(TableRig.CLIENT_KG, rig.monitor.lastBaselineKg(), 1e-9);
    }

    @Test
    void aPractitionerStandingStillWithoutTheBarsIsNotTakenForTheClient() {
        TableRig rig = TableRig.fourLegs().withClientSettled();
        rig.hold(rig.loads(30, 100, 0), 5000);
        Estimate e = rig.monitor.estimate();
        assertEquals(TableRig.CLIENT_KG, e.baselineKg(), 1e-9);
        assertEquals(30, e.appliedKg(), 1e-9);
        assertEquals(Phase.LOADED, e.phase());
    }

    @Test
    void estimatesThePractitionerFromWeightConservation() {
        ClientProfile client = new ClientProfile("c", "C", 175, 5, null, 0.5, Map.of(), "");
        TableRig rig = new TableRig(client, null, 4, 186).withClientSettled();
        assertNull(rig.monitor.estimate().practitionerEstimateKg());
        for (int i = 0; i < 300; i++) {
            rig.feed(rig.practitioner(10 + (i % 20), 100));
        }
        Estimate e = rig.monitor.estimate();
        assertNotNull(e.practitionerEstimateKg());
        assertEquals(68, e.practitionerEstimateKg(), 0.01);
        assertEquals(68, e.practitionerKg(), 0.01, "without a profile weight the estimate is P");
        assertEquals(34, e.limitKg(), 0.01, "0.5 x P^ on the thigh");
    }

    @Test
    void tareZerosEveryCellAtOnce() {
        TableRig rig = TableRig.fourLegs();
        double[] offsetLoads = new double[rig.table.channelCount()];
        java.util.Arrays.fill(offsetLoads, 3.0);
        rig.hold(offsetLoads, 200);
        assertEquals(12, rig.monitor.estimate().tableKg(), 1e-9);
        rig.monitor.tare();
        rig.feed(offsetLoads);
        assertEquals(0, rig.monitor.estimate().tableKg(), 1e-9);
        assertEquals(0, rig.monitor.estimate().barKg(), 1e-9);
    }

    @Test
    void anUnknownWeightGivesNoFractionLimitUntilTheEstimateRestsOnFiveLoadedSeconds() {
        ClientProfile client = new ClientProfile("c", "C", 175, 5, 40.0, 0.5, Map.of(), "");
        TableRig rig = new TableRig(client, null, 4, 186).withClientSettled();
        for (int i = 0; i < 100; i++) {
            rig.feed(rig.practitioner(10 * i / 100.0, 100));
        }
        assertEquals(40, rig.monitor.estimate().limitKg(), 1e-9, "mounting: only maxAppliedKg applies");
        rig.hold(rig.practitioner(10, 100), 4000);
        assertEquals(34, rig.monitor.estimate().limitKg(), 0.05, "then 0.5 x P^");
        assertTrue(rig.raised.isEmpty(), rig.toString());
    }

    @Test
    void aNewPractitionerStartsANewWeightEstimate() {
        ClientProfile client = new ClientProfile("c", "C", 175, 5, null, 0.3, Map.of(), "");
        TableRig rig = new TableRig(client, null, 4, 186).withClientSettled();
        rig.hold(rig.loads(10, 100, 80), 6000);
        assertEquals(90, rig.monitor.estimate().practitionerEstimateKg(), 0.05);

        rig.monitor.changeProfiles(client, new dev.ashiatsu.core.config.PractitionerProfile("light", "L", null));
        assertNull(rig.monitor.estimate().practitionerEstimateKg());
        rig.hold(rig.loads(10, 100, 40), 6000);
        assertEquals(50, rig.monitor.estimate().practitionerEstimateKg(), 0.05);
        assertEquals(15, rig.monitor.estimate().limitKg(), 0.05);
    }

    @Test
    void aSignalGapNeverLetsOneStaleSampleBecomeTheBaseline() {
        TableRig rig = TableRig.fourLegs();
        rig.hold(new double[rig.table.channelCount()], 2500);
        double[] half = rig.loads(0, 0, 0);
        for (int i = 0; i < 4; i++) {
            half[i] *= 0.3;
        }
        rig.hold(half, 100);
        rig.tMs += 3000;
        rig.hold(rig.loads(0, 0, 0), 1000);
        assertNull(rig.monitor.estimate().baselineKg(), "1 s after the gap the table is not yet known steady");
        rig.hold(rig.loads(0, 0, 0), 1500);
        assertEquals(TableRig.CLIENT_KG, rig.monitor.estimate().baselineKg(), 1e-9);
        assertEquals(Phase.CLIENT, rig.monitor.estimate().phase());
    }
}
