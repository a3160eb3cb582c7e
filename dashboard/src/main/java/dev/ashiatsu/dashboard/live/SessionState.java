package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;

/**
 * Who is being monitored now.
 *
 * @param sessionId      the recorded session's id, or null when no session runs (monitoring goes on)
 * @param startedEpochMs when the session started, or 0
 */
public record SessionState(String sessionId, ClientProfile client, PractitionerProfile practitioner, long startedEpochMs) {

    public boolean running() {
        return sessionId != null;
    }
}
