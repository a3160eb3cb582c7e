package dev.ashiatsu.recorder.influx;

import java.util.Map;

/**
 * The uploader's state for the health display.
 *
 * @param lastError         the last failure, null once a write succeeded again
 * @param pointsWritten     points accepted by the server since start
 * @param backlogBytes      journal bytes not yet uploaded, at the last pass (what is pending: points are
 *                          only counted once decoded for sending)
 * @param lastUploadEpochMs when the server last accepted a batch, ms since the epoch; null if never since start
 * @param failedSessions    sessions the server refused for good (or whose journal cannot be decoded), by id,
 *                          with the reason; skipped until restart, not counted in the backlog
 */
public record UploadStatus(String url, String lastError, long pointsWritten, long backlogBytes, Long lastUploadEpochMs,
        Map<String, String> failedSessions) {

    public UploadStatus {
        failedSessions = Map.copyOf(failedSessions);
    }

    public boolean healthy() {
        return lastError == null;
    }
}
