package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;

/**
 * Who is being monitored now.
 *
 * @param sessionId      the recorded session's id, or null when no session runs (monitoring goes on)
 * @param startedEpochMs when the session started, or 0
 * @param guide          the audible load guide of this session ({@link GuideSetting#OFF} at its start)
 */
public record SessionState(String sessionId, ClientProfile client, PractitionerProfile practitioner, long startedEpochMs,
                           GuideSetting guide) {

    public SessionState {
        guide = guide == null ? GuideSetting.OFF : guide;
    }

    /** A state with the guide off. */
    public SessionState(String sessionId, ClientProfile client, PractitionerProfile practitioner, long startedEpochMs) {
        this(sessionId, client, practitioner, startedEpochMs, GuideSetting.OFF);
    }

    public SessionState withGuide(GuideSetting newGuide) {
        return new SessionState(sessionId, client, practitioner, startedEpochMs, newGuide);
    }

    public boolean running() {
        return sessionId != null;
    }
}
