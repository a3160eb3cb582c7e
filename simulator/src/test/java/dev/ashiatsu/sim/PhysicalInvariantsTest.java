package dev.ashiatsu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.sim.model.Pose;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The physics of every shipped scenario, frame by frame: what the legs carry is the client plus the load
 * of the feet; the practitioner's weight is all somewhere (feet, bars, floor, stool), so with nothing on
 * the floor or a stool A + B = P; and the centre of pressure of the applied load seen by the legs is the
 * feet's weighted position.
 */
class PhysicalInvariantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "training", "faults"})
    void tableSumWeightConservationAndCentreOfPressureHoldEveryFrame(String name) {
        Scenario scenario = Scenarios.load(name);
        TableConfig table = scenario.table();
        Simulation simulation = new Simulation(scenario, 1);
        double practitioner = scenario.practitionerWeightKg();
        double fullClient = scenario.clientWeightKg();
        double[] clientLegs = clientAloneLegLoads(simulation);
        int checkedCentres = 0;
        int conserved = 0;
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            Pose pose = frame.moment().pose();
            double tableSum = 0;
            double barSum = 0;
            double moment = 0;
            double applied = 0;
            for (int i = 0; i < table.channelCount(); i++) {
                CellConfig cell = table.cells().get(i);
                if (cell.isTable()) {
                    tableSum += frame.physicalKg()[i];
                    double delta = frame.physicalKg()[i] - clientLegs[i] * frame.moment().clientKg() / fullClient;
                    applied += delta;
                    moment += delta * cell.xCm();
                } else {
                    barSum += frame.physicalKg()[i];
                }
            }
            assertEquals(frame.moment().clientKg() + pose.feetKg(), tableSum, 1e-6, "table sum at " + frame.tMs());
            assertEquals(practitioner, pose.totalKg(), 1e-6, "the practitioner's weight is all somewhere");
            assertEquals(pose.barKg(), barSum, 1e-6, "bar cells carry the bar load");
            if (pose.floorKg() < 1e-9 && pose.stoolKg() < 1e-9) {
                assertEquals(practitioner, pose.feetKg() + barSum, 1e-6, "A + B = P at " + frame.tMs());
                conserved++;
            }
            if (applied >= 5) {
                assertEquals(pose.centreXcm(), moment / applied, 1e-6, "centre of pressure at " + frame.tMs());
                checkedCentres++;
            }
        }
        assertTrue(checkedCentres > 1000, "the practitioner loads the client for a good while: " + checkedCentres);
        assertTrue(conserved > 1000, "weight conservation was checked: " + conserved);
    }

    private static double[] clientAloneLegLoads(Simulation simulation) {
        double[] legs = new double[simulation.scenario().table().channelCount()];
        simulation.scene().loads(simulation.scenario().clientWeightKg(), Pose.onFloor(70, 90), 0.5, legs);
        return legs;
    }
}
