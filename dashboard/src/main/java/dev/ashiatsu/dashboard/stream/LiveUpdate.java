package dev.ashiatsu.dashboard.stream;

import java.util.List;

/**
 * One live update as sent over {@code /ws/live} and returned by {@code GET /api/state} (design.md
 * section 2 for the symbols). Non-finite numbers are sent as null.
 *
 * @param type         always {@code "update"}
 * @param seq          frames processed when it was made (0 before the first frame)
 * @param tMs          time of the frame on the source's clock
 * @param appliedKg    A, the applied load on the client (kg-force)
 * @param fraction     A / P (null while P is unknown)
 * @param limitKg      L, the limit now (null while no limit can be computed)
 * @param approachKg   0.9 L, where the approach band starts (null with the limit)
 * @param zone         the body zone under the load, or null while A &lt; 5 kg
 * @param xCm          x_A, where the load is along the table, or null
 * @param cells        each cell's filtered load, in channel order
 * @param alarms       the listed alarms, most urgent first
 * @param faults       technical faults now (empty when all is well)
 * @param sessionId    the running session, or null
 * @param frameEpochUs wall-clock time (us since the epoch) when the frame entered the server
 */
public record LiveUpdate(String type, long seq, Double tMs, String phase, Double appliedKg, Double fraction,
                         Double limitKg, Double approachKg, String zone, Double xCm, Double tableKg, Double barKg,
                         Double baselineKg, Double practitionerKg, List<CellLoad> cells, List<AlarmView> alarms,
                         List<String> faults, String sessionId, long frameEpochUs) {

    /** One cell's load (kg-force, filtered). */
    public record CellLoad(String id, String role, Double kg) {
    }
}
