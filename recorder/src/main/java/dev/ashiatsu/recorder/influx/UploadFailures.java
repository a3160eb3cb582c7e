package dev.ashiatsu.recorder.influx;

import com.fasterxml.jackson.core.JacksonException;
import com.influxdb.exceptions.InfluxException;
import dev.ashiatsu.recorder.journal.CorruptJournalException;

/**
 * Tells a session's permanent upload failure from a passing one. Permanent: the server refused the
 * points as a client error (HTTP 4xx other than 408 timeout and 429 too many requests, e.g. a field-type
 * conflict), or a journal record could not be decoded; sending the same bytes again cannot succeed.
 * Everything else (network errors, 5xx, 408, 429, local I/O) passes and is retried.
 */
final class UploadFailures {

    private UploadFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InfluxException influx && isClientError(influx.status())) {
                return true;
            }
            if (cause instanceof CorruptJournalException || cause instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 4xx about the data itself. Timeouts and rate limits (408, 429) are passing; a wrong token, a
     * forbidden or missing bucket (401, 403, 404) is the server's configuration, fixed without touching
     * the data, so those keep the whole upload backing off rather than giving up on every session.
     */
    static boolean isClientError(int httpStatus) {
        return httpStatus >= 400 && httpStatus < 500 && !java.util.Set.of(401, 403, 404, 408, 429).contains(httpStatus);
    }

    static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
