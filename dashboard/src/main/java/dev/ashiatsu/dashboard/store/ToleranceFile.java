package dev.ashiatsu.dashboard.store;

import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client's tolerance as stored in {@code DIR/tolerances/<clientId>.json} (docs/guide.md).
 *
 * @param stops       every stop found, oldest first
 * @param scanned     the sessions already read, by id, with the journal length they were read at (a session
 *                    whose journal grew, e.g. by a later note, is read again)
 * @param skipped     stops that could not be placed on a body zone, one sentence each
 * @param acceptances every suggestion the therapist accepted, oldest first
 */
public record ToleranceFile(String clientId, List<ToleranceStop> stops, Map<String, Long> scanned, List<String> skipped,
                            List<Acceptance> acceptances) {

    public ToleranceFile {
        Objects.requireNonNull(clientId, "clientId");
        stops = stops == null ? List.of() : List.copyOf(stops);
        scanned = scanned == null ? Map.of() : Map.copyOf(scanned);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        acceptances = acceptances == null ? List.of() : List.copyOf(acceptances);
    }

    public static ToleranceFile empty(String clientId) {
        return new ToleranceFile(clientId, List.of(), Map.of(), List.of(), List.of());
    }

    /**
     * One accepted suggestion: who, when, what.
     *
     * @param acceptedBy      who accepted it (as the request named them)
     * @param sessionId       the session running when it was accepted, or null
     * @param basedOn         the stop the suggestion came from
     */
    public record Acceptance(Zone zone, double fromFactor, double toFactor, String acceptedBy, long acceptedEpochMs,
                             String sessionId, ToleranceStop basedOn) {

        public Acceptance {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(acceptedBy, "acceptedBy");
            if (!(toFactor < fromFactor)) {
                throw new IllegalArgumentException("an accepted suggestion lowers the factor: " + fromFactor + " -> " + toFactor);
            }
        }
    }
}
