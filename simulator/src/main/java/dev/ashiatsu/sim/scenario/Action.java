package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.sim.model.Pose;

/**
 * One step of a scenario's timeline: what the client or the practitioner does for {@code durationS}
 * seconds. An action starts from the state the previous one ended in, so movements join up smoothly.
 * Implementations are pure functions of that start state and the time into the action.
 */
public sealed interface Action permits ClientMoves, Wait, Mount, Dismount, LoadShift, Glide, Press, Rock, Step {

    /** The action's name as written in a scenario's {@code do:} field. */
    String kind();

    double durationS();

    /** The practitioner's pose {@code tS} seconds into the action (0 &lt;= tS &lt;= durationS). */
    default Pose pose(Pose start, double tS, Stage stage) {
        return start;
    }

    /** The client's weight resting on the table {@code tS} seconds into the action. */
    default double clientKg(double startKg, double tS, Stage stage) {
        return startKg;
    }
}
