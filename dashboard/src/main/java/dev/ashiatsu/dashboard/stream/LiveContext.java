package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.live.GuideSetting;
import dev.ashiatsu.dashboard.live.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code context} message: what a page needs to draw the table, the body and the zones, sent on
 * connect and whenever it changes, live and in replay (docs/api.md, "Wire schema").
 *
 * @param source                where the frames come from
 * @param table                 the table config as a table file holds it (cell roles {@code table}/{@code bar})
 * @param client                the client profile as a profile file holds it
 * @param practitioner          the practitioner profile as a profile file holds it
 * @param zones                 the body zones, feet first, with this client's factors
 * @param sessionId             the session, or null while none runs; a page clears what belonged to the previous one
 * @param sessionStartedEpochMs when it started (ms since the epoch), 0 while none runs
 * @param events                the session's events so far, oldest first
 * @param guide                 the audible load guide of the session (live only; null in a replay)
 * @param bands                 the target bands in force in the session (live only; null in a replay): {@code fromMs}
 *                              and per zone {@code {lowPercent, highPercent}}, empty when none are set
 */
public record LiveContext(String type, String source, Map<String, Object> table, Map<String, Object> client,
                          Map<String, Object> practitioner, List<ZoneView> zones, String sessionId,
                          long sessionStartedEpochMs, List<SessionEvent> events, GuideSetting guide, BandSet bands) {

    public static final String TYPE = "context";

    public LiveContext {
        zones = List.copyOf(zones);
        events = List.copyOf(events);
    }

    /** A context without a load guide (a replay). */
    public LiveContext(String type, String source, Map<String, Object> table, Map<String, Object> client,
                       Map<String, Object> practitioner, List<ZoneView> zones, String sessionId,
                       long sessionStartedEpochMs, List<SessionEvent> events) {
        this(type, source, table, client, practitioner, zones, sessionId, sessionStartedEpochMs, events, null, null);
    }

    /**
     * One body zone for a client.
     *
     * @param fromH  where it starts, as a fraction of the client's height above the soles
     * @param toH    where it ends
     * @param factor the client's limit factor there (the limit is the whole-body limit times it)
     * @param noGo   factor 0: any load there is a HIGH alarm
     */
    public record ZoneView(Zone zone, double fromH, double toH, double factor, boolean noGo) {

        /** Every body zone (not OFF_BODY) with this client's factors, feet first. */
        public static List<ZoneView> of(ClientProfile client) {
            List<ZoneView> zones = new ArrayList<>();
            for (Zone zone : Zone.values()) {
                if (zone != Zone.OFF_BODY) {
                    double factor = client.factorOf(zone);
                    zones.add(new ZoneView(zone, zone.fromH(), zone.toH(), factor, factor == 0));
                }
            }
            return zones;
        }
    }
}
