package dev.ashiatsu.recorder.influx;

/**
 * A session as listed from InfluxDB (the {@code ashiatsu_session} measurement): what a central review
 * server shows before it opens one. Numbers are null until the session's end was uploaded.
 *
 * @param startedAt ms since the epoch
 */
public record RemoteSession(String id, String clientId, String practitionerId, String table, long startedAt,
                            Double durationS, Double peakAppliedKg, Double secondsOverLimit, Long alarmCount,
                            boolean ended) {
}
