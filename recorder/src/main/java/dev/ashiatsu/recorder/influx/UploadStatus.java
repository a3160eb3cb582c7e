package dev.ashiatsu.recorder.influx;

/**
 * The uploader's state for the health display.
 *
 * @param lastError     the last failure, null once a write succeeded again
 * @param pointsWritten points accepted by the server since start
 * @param backlogBytes  journal bytes not yet uploaded, at the last pass
 */
public record UploadStatus(String url, String lastError, long pointsWritten, long backlogBytes) {

    public boolean healthy() {
        return lastError == null;
    }
}
