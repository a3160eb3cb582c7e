package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.band.BandStatus;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import java.util.List;

/**
 * One {@code update} message: the load now, as {@code /ws/live}, {@code GET /api/state} and the replay of a
 * recorded session ({@code GET /api/sessions/{id}/replay}) all send it (docs/api.md, "Wire schema";
 * design.md section 2 for the symbols). Every judgement about the load (limit, approach threshold, status)
 * comes from the core: the pages only show it. Non-finite numbers are sent as null; loads in kg-force.
 *
 * @param type         always {@code "update"}
 * @param seq          frames processed when it was made (0 before the first frame)
 * @param tMs          time of the frame on the source's clock
 * @param appliedKg    A, the applied load on the client
 * @param fraction     A / P (null while P is unknown)
 * @param limitKg      L, the limit in the current zone (null while no limit can be computed; 0 in a no-go zone)
 * @param approachKg   where the approach band starts (null with the limit)
 * @param status       where A stands against L now (no hold times: the alarms add those)
 * @param zone         the body zone under the load, or null while A &lt; 5 kg
 * @param zoneFactor   the zone's limit factor for this client (0 = no-go; 1 without a zone)
 * @param xCm          x_A, where the load is along the table, or null
 * @param baselineKg   C, the client's baseline, or null while there is none
 * @param cells        each cell's load, in channel order
 * @param alarms       the listed alarms in display order ({@link AlarmView#DISPLAY_ORDER})
 * @param faults       technical faults now (empty when all is well)
 * @param sessionId    the session the update belongs to, or null
 * @param frameEpochUs wall-clock time (us since the epoch) when the frame entered the server (replay: the
 *                     session's start plus the frame's time since the first frame); 0 before the first frame
 * @param band         the trainer's target band of the zone under the load (docs/guide.md), null for none
 * @param bandStatus   where A stands against that band ({@code UNDER}, {@code IN}, {@code OVER}), from the core;
 *                     null where no band applies
 * @param inBandPercent the session's share of banded loaded time in band so far, %; null before any (replay: null)
 */
public record LiveUpdate(String type, long seq, Double tMs, Phase phase, Double appliedKg, Double fraction,
                         Double limitKg, Double approachKg, LoadStatus status, Zone zone, double zoneFactor, Double xCm,
                         Double tableKg, Double barKg, Double baselineKg, Double practitionerKg, List<CellLoad> cells,
                         List<AlarmView> alarms, List<String> faults, String sessionId, long frameEpochUs,
                         BandView band, BandStatus bandStatus, Double inBandPercent) {

    public static final String TYPE = "update";

    public LiveUpdate {
        cells = List.copyOf(cells);
        alarms = alarms.stream().sorted(AlarmView.DISPLAY_ORDER).toList();
        faults = List.copyOf(faults);
    }

    /** The update for an estimate (its seq is the count of frames processed), without a target band. */
    public static LiveUpdate of(long seq, Estimate e, List<CellLoad> cells, List<AlarmView> alarms,
                                List<String> faults, String sessionId, long frameEpochUs) {
        return of(seq, e, cells, alarms, faults, sessionId, frameEpochUs, null, null);
    }

    /**
     * The update for an estimate with the target band of its zone.
     *
     * @param band          the band of the estimate's zone in force, null for none
     * @param inBandPercent the session's in-band share so far, null for none
     */
    public static LiveUpdate of(long seq, Estimate e, List<CellLoad> cells, List<AlarmView> alarms,
                                List<String> faults, String sessionId, long frameEpochUs, TargetBand band,
                                Double inBandPercent) {
        BandView view = BandView.of(e.zone(), band, e.practitionerKg());
        Double limit = Numbers.finite(e.limitKg());
        return new LiveUpdate(TYPE, seq, e.tMs(), e.phase(), Numbers.grams(e.appliedKg()),
                Numbers.finite(e.fraction()), limit, limit == null ? null : Numbers.grams(e.approachKg()),
                e.status(), e.zone(), e.zoneFactor(), Numbers.finite(e.xCm()), Numbers.grams(e.tableKg()),
                Numbers.grams(e.barKg()), Numbers.finite(e.baselineKg()), Numbers.finite(e.practitionerKg()),
                cells, alarms, faults, sessionId, frameEpochUs, view,
                view == null ? null : BandStatus.of(e.appliedKg(), e.practitionerKg(), band), inBandPercent);
    }

    /** The update before the first frame: no loads, seq 0. */
    public static LiveUpdate beforeFirstFrame(List<CellLoad> cells, List<AlarmView> alarms, List<String> faults,
                                              String sessionId) {
        return new LiveUpdate(TYPE, 0, null, null, null, null, null, null, LoadStatus.NORMAL, null, 1, null,
                null, null, null, null, cells, alarms, faults, sessionId, 0, null, null, null);
    }

    /**
     * One cell's load (kg-force; live: filtered, replay: unfiltered from the recorded counts).
     *
     * @param role the cell's role as a table config spells it: {@code table} or {@code bar}
     */
    public record CellLoad(String id, String role, Double kg) {

        public static CellLoad of(dev.ashiatsu.core.config.CellConfig cell, double kg) {
            return new CellLoad(cell.id(), cell.role().configName(), Numbers.grams(kg));
        }
    }
}
