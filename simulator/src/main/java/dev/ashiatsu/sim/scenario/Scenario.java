package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import java.util.Comparator;
import java.util.List;

/**
 * A scripted session: the table (with its real calibration), the people, what they do and when, the
 * faults to inject and how the sensors behave. Read from YAML by {@link ScenarioReader}.
 *
 * @param clientWeightKg        the client's body weight (the simulator needs it; profiles do not carry it)
 * @param practitionerWeightKg  the practitioner's true body weight (the profile may leave it out)
 * @param durationS             how long the session runs (s)
 * @param startEpochMs          the host clock at t = 0 (unix ms), for capture-file time stamps
 * @param presses               the button presses, in time order
 */
public record Scenario(String name, String description, TableConfig table, ClientProfile client, double clientWeightKg,
                       PractitionerProfile practitioner, double practitionerWeightKg, SensorSpec sensors,
                       List<TimedAction> timeline, List<Fault> faults, double durationS, long startEpochMs,
                       List<ButtonPress> presses) {

    public Scenario {
        timeline = List.copyOf(timeline);
        faults = List.copyOf(faults);
        presses = presses.stream().sorted(Comparator.comparingDouble(ButtonPress::tS)).toList();
    }
}
