package dev.ashiatsu.recorder.influx;

/**
 * The uploader's state for the health display.
 *
 * @param lastError         the last failure, null once a write succeeded again
 * @param pointsWritten     points accepted by the server since start
 * @param backlogBytes      journal bytes not yet uploaded, at the last pass (what is pending: points are
 *                          only counted once decoded for sending)
 * @param lastUploadEpochMs when the server last accepted a batch, ms since the epoch; null if never since start
 */
public record UploadStatus(String url, String lastError, long pointsWritten, long backlogBytes, Long lastUploadEpochMs) {

    public boolean healthy() {
        return lastError == null;
    }
}
