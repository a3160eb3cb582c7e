package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;
import java.util.ArrayList;
import java.util.List;

/**
 * Walking along the body to {@code to}: one foot at a time, at most {@code stepCm} per step. Each step
 * moves the stepping foot's load onto the standing foot (30 % of the step), swings the foot (40 %) and
 * shares the load again (30 %); the load on the client stays the same. The centre of pressure therefore
 * jumps onto the standing foot at every step, as four legs really see it.
 */
public record Step(Place to, double stepCm, double durationS) implements Action {

    private static final int MAX_STEPS = 60;

    @Override
    public String kind() {
        return "step";
    }

    @Override
    public Pose pose(Pose start, double tS, Stage stage) {
        Feet from = Feet.of(start);
        double stance = Math.max(Math.abs(from.stanceCm()), 10);
        double target = stage.xOf(to);
        double[] goal = {target - stance / 2, target + stance / 2};
        List<double[]> steps = plan(new double[] {start.leftXcm(), start.rightXcm()}, goal);
        if (steps.isEmpty()) {
            return start;
        }
        double stepS = durationS / steps.size();
        int index = Math.min((int) (tS / stepS), steps.size() - 1);
        double v = Curves.clamp01((tS - index * stepS) / stepS);
        double[] before = steps.get(index);
        int foot = (int) before[2];
        double toX = before[3];
        double[] x = {before[0], before[1]};
        double stepperShare;
        if (v < 0.3) {
            double stepperAtStart = index > 0 ? 0.5 : foot == 0 ? from.leftShare() : 1 - from.leftShare();
            stepperShare = stepperAtStart * (1 - Curves.ease(v / 0.3));
        } else if (v < 0.7) {
            stepperShare = 0;
            x[foot] = Curves.lerp(x[foot], toX, Curves.ease((v - 0.3) / 0.4));
        } else {
            stepperShare = 0.5 * Curves.ease((v - 0.7) / 0.3);
            x[foot] = toX;
        }
        double kg = from.kg();
        double leftShare = foot == 0 ? stepperShare : 1 - stepperShare;
        return new Pose(x[0], kg * leftShare, x[1], kg * (1 - leftShare), start.barKg(), start.floorKg(),
                start.stoolKg());
    }

    /** Each step as {leftX, rightX before it, foot (0 left, 1 right), where that foot lands}. */
    private List<double[]> plan(double[] feet, double[] goal) {
        List<double[]> steps = new ArrayList<>();
        double[] x = feet.clone();
        double direction = Math.signum((goal[0] + goal[1]) - (x[0] + x[1]));
        for (int i = 0; i < MAX_STEPS; i++) {
            if (Math.abs(x[0] - goal[0]) < 0.5 && Math.abs(x[1] - goal[1]) < 0.5) {
                break;
            }
            int foot = direction >= 0 ? (x[0] <= x[1] ? 0 : 1) : (x[0] >= x[1] ? 0 : 1);
            if (Math.abs(x[foot] - goal[foot]) < 0.5) {
                foot = 1 - foot;
            }
            double remaining = goal[foot] - x[foot];
            double land = Math.abs(remaining) <= stepCm ? goal[foot] : x[foot] + Math.signum(remaining) * stepCm;
            steps.add(new double[] {x[0], x[1], foot, land});
            x[foot] = land;
        }
        return steps;
    }
}
