package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import java.util.Map;

/**
 * Who is being monitored now.
 *
 * @param sessionId      the recorded session's id, or null when no session runs (monitoring goes on)
 * @param startedEpochMs when the session started, or 0
 * @param guide          the audible load guide of this session ({@link GuideSetting#OFF} at its start)
 * @param bands          the trainer's target bands in force (none at its start; docs/guide.md)
 */
public record SessionState(String sessionId, ClientProfile client, PractitionerProfile practitioner, long startedEpochMs,
                           GuideSetting guide, BandSet bands) {

    /** No bands: the set every session starts with. */
    public static final BandSet NO_BANDS = new BandSet(null, Map.of());

    public SessionState {
        guide = guide == null ? GuideSetting.OFF : guide;
        bands = bands == null ? NO_BANDS : bands;
    }

    /** A state with the guide off. */
    public SessionState(String sessionId, ClientProfile client, PractitionerProfile practitioner, long startedEpochMs) {
        this(sessionId, client, practitioner, startedEpochMs, GuideSetting.OFF, NO_BANDS);
    }

    public SessionState withGuide(GuideSetting newGuide) {
        return new SessionState(sessionId, client, practitioner, startedEpochMs, newGuide, bands);
    }

    public SessionState withBands(BandSet newBands) {
        return new SessionState(sessionId, client, practitioner, startedEpochMs, guide, newBands);
    }

    public boolean running() {
        return sessionId != null;
    }
}
