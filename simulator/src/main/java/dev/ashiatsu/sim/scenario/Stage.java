package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.sim.model.ClientBody;

/**
 * What an action needs to know about the people: where body places lie on the table, the practitioner's
 * weight and the client's limits (a careful practitioner eases off over sensitive zones).
 *
 * @param practitionerKg the practitioner's true body weight (kg)
 * @param baseLimitKg    the client's whole-body limit before the zone factor (kg)
 */
public record Stage(ClientBody body, ClientProfile client, double practitionerKg, double baseLimitKg) {

    /** Below this a load on a no-go zone does not count (design.md: A &lt; 5 kg has no zone). */
    static final double NO_GO_SAFE_KG = 3.0;
    /** A careful practitioner stays at this share of a zone's limit. */
    static final double CAREFUL_SHARE = 0.8;
    /** How far (cm) beyond a zone with a lower limit a careful practitioner keeps its lower load. */
    static final double CAREFUL_MARGIN_CM = 5.0;
    /** How far (cm) beyond a no-go zone a careful practitioner keeps off: wider, as the zone alarms at 5 kg. */
    static final double NO_GO_MARGIN_CM = 8.0;
    /** How fast (kg per cm) a careful practitioner adds load again beyond that margin. */
    static final double CAREFUL_SLOPE_KG_PER_CM = 4.0;

    public double xOf(Place place) {
        return body.xAt(place.h());
    }

    /**
     * The most a careful practitioner puts on the client with the load centred at x: below 80 % of each
     * zone's limit within the zone and 5 cm around it (3 kg within a no-go zone and 8 cm around it), rising
     * 4 kg per cm beyond.
     */
    public double carefulCapKg(double xCm) {
        double h = 1 - (xCm - body.xAt(1)) / client.heightCm();
        double cap = Double.POSITIVE_INFINITY;
        for (Zone zone : Zone.values()) {
            if (zone == Zone.OFF_BODY) {
                continue;
            }
            double factor = client.factorOf(zone);
            double zoneCap = factor == 0 ? NO_GO_SAFE_KG : CAREFUL_SHARE * factor * baseLimitKg;
            double distanceCm = Math.max(0, Math.max(zone.fromH() - h, h - zone.toH())) * client.heightCm();
            double margin = factor == 0 ? NO_GO_MARGIN_CM : CAREFUL_MARGIN_CM;
            cap = Math.min(cap, zoneCap + CAREFUL_SLOPE_KG_PER_CM * Math.max(0, distanceCm - margin));
        }
        return cap;
    }
}
