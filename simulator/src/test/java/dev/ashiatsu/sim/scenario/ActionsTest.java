package dev.ashiatsu.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.sim.model.Pose;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsTest {

    private static final String HEAD = """
            name: actions
            table:
              name: t
              lengthCm: 185
              widthCm: 70
              sampleRateHz: 80
              cells:
                - {id: T1, role: table, xCm: 5, yCm: 5, offset: 0, countsPerKg: 20000}
                - {id: T2, role: table, xCm: 5, yCm: 65, offset: 0, countsPerKg: 20000}
                - {id: T3, role: table, xCm: 180, yCm: 5, offset: 0, countsPerKg: 20000}
                - {id: T4, role: table, xCm: 180, yCm: 65, offset: 0, countsPerKg: 20000}
                - {id: B1, role: bar, offset: 0, countsPerKg: 20000}
            client: {id: c, heightCm: 170, crownXcm: 8, maxAppliedKg: 40, weightKg: 65}
            practitioner: {id: p, weightKg: 70}
            """;

    private static Timeline timeline(String actions) {
        return new Timeline(new ScenarioReader("actions.yaml", name -> "").parse(HEAD + actions));
    }

    private static Zone zoneAt(Timeline timeline, double xCm) {
        return Zone.atTablePosition(xCm, 8, 170);
    }

    @Test
    void aCarefulGlideLiftsItsWeightOffTheBackOfTheKnee() {
        Timeline timeline = timeline("""
                timeline:
                  - {do: mount, at: 0.15, loadKg: 20}
                  - {do: glide, to: 0.43, loadKg: 25, duration: 8}
                """);
        int overKnee = 0;
        for (double t = 2; t <= 10; t += 0.01) {
            Pose pose = timeline.at(t).pose();
            if (zoneAt(timeline, pose.centreXcm()) == Zone.KNEE) {
                overKnee++;
                assertTrue(pose.feetKg() <= 3 + 1e-9, "at " + t + " s: " + pose.feetKg() + " kg over the knee");
            }
        }
        assertTrue(overKnee > 10, "the glide crosses the knee");
        assertEquals(25, timeline.at(10).pose().feetKg(), 25 * 0.09, "and carries its load again on the upper thigh");
    }

    @Test
    void aCarelessGlideKeepsItsLoadOverTheKnee() {
        Timeline timeline = timeline("""
                timeline:
                  - {do: mount, at: 0.15, loadKg: 20}
                  - {do: glide, to: THIGH, loadKg: 25, careful: false, duration: 8}
                """);
        double most = 0;
        for (double t = 2; t <= 10; t += 0.01) {
            Pose pose = timeline.at(t).pose();
            if (zoneAt(timeline, pose.centreXcm()) == Zone.KNEE) {
                most = Math.max(most, pose.feetKg());
            }
        }
        assertTrue(most > 20, "most over the knee: " + most);
    }

    @Test
    void aStepPutsAllTheLoadOnTheStandingFoot() {
        Timeline timeline = timeline("""
                timeline:
                  - {do: mount, at: 0.15, loadKg: 20}
                  - {do: step, to: 0.4, stepCm: 30, duration: 4}
                """);
        boolean oneFoot = false;
        for (double t = 2; t <= 6; t += 0.01) {
            Pose pose = timeline.at(t).pose();
            assertEquals(20, pose.feetKg(), 1e-9, "the load on the client stays");
            if (pose.leftKg() < 1e-9) {
                oneFoot = true;
                assertEquals(pose.rightXcm(), pose.centreXcm(), 1e-9);
            }
        }
        assertTrue(oneFoot);
        Pose end = timeline.at(6).pose();
        assertEquals(8 + 0.6 * 170, (end.leftXcm() + end.rightXcm()) / 2, 1e-6, "the feet arrive around h = 0.4");
    }

    @Test
    void mountingHangsTheWholeWeightOnTheBarsBeforeTheFeetTakeAny() {
        Timeline timeline = timeline("""
                timeline:
                  - {do: mount, at: THIGH, loadKg: 12, duration: 2}
                """);
        Pose hanging = timeline.at(0.8).pose();
        assertEquals(70, hanging.barKg(), 1e-9);
        assertEquals(0, hanging.floorKg(), 1e-9);
        assertEquals(12, timeline.at(2).pose().feetKg(), 1e-9);
        assertEquals(70, timeline.at(0).pose().floorKg(), 1e-9, "on the floor before");
    }

    @Test
    void theDemoMovesSmoothlyWithoutJumpsBetweenActions() {
        Scenario demo = Scenarios.load("demo");
        Timeline timeline = new Timeline(demo);
        List<TimedAction> actions = demo.timeline();
        for (TimedAction action : actions.subList(1, actions.size())) {
            double t = action.startS();
            Pose before = timeline.at(t - 0.001).pose();
            Pose after = timeline.at(t + 0.001).pose();
            assertEquals(before.feetKg(), after.feetKg(), 0.2, "load across the start of " + action);
            if (before.feetKg() > 1 && after.feetKg() > 1) {
                assertEquals(before.centreXcm(), after.centreXcm(), 0.5, "centre across the start of " + action);
            }
        }
    }

    @Test
    void aGripSlipLandsWithinItsRiseTimeAndALeanOnAStoolLeavesTheSystem() {
        Timeline timeline = timeline("""
                timeline:
                  - {do: mount, at: THIGH, loadKg: 15, duration: 2}
                  - {do: wait, duration: 20}
                faults:
                  - {t: 5, fault: slip, kg: 24, riseMs: 60}
                  - {t: 10, fault: stool, kg: 18, duration: 6}
                """);
        assertEquals(15, timeline.at(4.999).pose().feetKg(), 1e-9);
        assertEquals(39, timeline.at(5.06).pose().feetKg(), 1e-9, "24 kg more within 60 ms");
        assertEquals(15, timeline.at(6.5).pose().feetKg(), 1e-9, "back after the recovery");
        Pose leaning = timeline.at(13).pose();
        assertEquals(18, leaning.stoolKg(), 1e-9);
        assertEquals(70 - 18, leaning.feetKg() + leaning.barKg(), 1e-9, "A + B falls short of P by the lean");
    }
}
