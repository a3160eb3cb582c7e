package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.ClientBody;
import dev.ashiatsu.sim.model.Pose;
import java.util.List;

/**
 * Plays a scenario's actions and physical faults (grip slip, stool) as a function of time. Pure: the
 * same time gives the same moment, and consecutive actions join up because each starts from the state
 * the previous one ended in.
 */
public final class Timeline {

    private static final double SLIP_HOLD_S = 0.6;
    private static final double SLIP_RECOVER_S = 0.5;
    private static final double STOOL_RAMP_S = 0.5;

    private final Stage stage;
    private final List<TimedAction> actions;
    private final List<Fault> faults;
    private final Pose[] startPoses;
    private final double[] startClientKg;

    public Timeline(Scenario scenario) {
        ClientBody body = ClientBody.of(scenario.client(), scenario.clientWeightKg(), scenario.table().widthCm());
        double limit = scenario.client().baseLimitKg(scenario.practitionerWeightKg());
        this.stage = new Stage(body, scenario.client(), scenario.practitionerWeightKg(), limit);
        this.actions = scenario.timeline();
        this.faults = scenario.faults();
        int n = actions.size();
        startPoses = new Pose[n + 1];
        startClientKg = new double[n + 1];
        startPoses[0] = Pose.onFloor(scenario.practitionerWeightKg(), scenario.table().lengthCm() / 2);
        startClientKg[0] = 0;
        for (int i = 0; i < n; i++) {
            Action action = actions.get(i).action();
            startPoses[i + 1] = action.pose(startPoses[i], action.durationS(), stage);
            startClientKg[i + 1] = action.clientKg(startClientKg[i], action.durationS(), stage);
        }
    }

    public Stage stage() {
        return stage;
    }

    /** The moment at time t (s): the current action's state with any slip or stool on top. */
    public Moment at(double tS) {
        int index = indexAt(tS);
        Pose pose;
        double clientKg;
        if (index < 0) {
            pose = startPoses[0];
            clientKg = startClientKg[0];
        } else {
            TimedAction timed = actions.get(index);
            double into = Math.min(tS - timed.startS(), timed.action().durationS());
            pose = timed.action().pose(startPoses[index], into, stage);
            clientKg = timed.action().clientKg(startClientKg[index], into, stage);
        }
        for (Fault fault : faults) {
            if (fault.type() == FaultType.SLIP) {
                pose = slip(pose, fault, tS);
            } else if (fault.type() == FaultType.STOOL) {
                pose = stool(pose, fault, tS);
            }
        }
        return new Moment(tS, clientKg, pose, 0.5 + 0.04 * Math.sin(2 * Math.PI * tS / 9.0));
    }

    /** The last action started by time t, or -1 before the first; between actions the last one's end holds. */
    private int indexAt(double tS) {
        int found = -1;
        for (int i = 0; i < actions.size() && actions.get(i).startS() <= tS; i++) {
            found = i;
        }
        return found;
    }

    private static Pose slip(Pose pose, Fault fault, double tS) {
        double since = tS - fault.tS();
        if (since < 0 || since > fault.riseMs() / 1000 + SLIP_HOLD_S + SLIP_RECOVER_S) {
            return pose;
        }
        double rise = Curves.clamp01(since / (fault.riseMs() / 1000));
        double recover = Curves.ease((since - fault.riseMs() / 1000 - SLIP_HOLD_S) / SLIP_RECOVER_S);
        double extra = Math.min(fault.kg(), pose.barKg()) * rise * (1 - recover);
        return pose.withFeetKg(pose.feetKg() + extra);
    }

    private static Pose stool(Pose pose, Fault fault, double tS) {
        double in = Curves.ease((tS - fault.tS()) / STOOL_RAMP_S);
        double out = Curves.ease((tS - fault.endS()) / STOOL_RAMP_S);
        double lean = fault.kg() * in * (1 - out);
        if (lean <= 0) {
            return pose;
        }
        double fromBars = Math.min(lean, pose.barKg());
        Pose leaning = new Pose(pose.leftXcm(), pose.leftKg(), pose.rightXcm(), pose.rightKg(),
                pose.barKg() - fromBars, pose.floorKg(), pose.stoolKg() + fromBars);
        double fromFeet = Math.min(lean - fromBars, leaning.feetKg());
        Pose lighter = leaning.withFeetKg(leaning.feetKg() - fromFeet);
        return new Pose(lighter.leftXcm(), lighter.leftKg(), lighter.rightXcm(), lighter.rightKg(),
                leaning.barKg(), lighter.floorKg(), lighter.stoolKg() + fromFeet);
    }
}
