package dev.ashiatsu.dashboard.web;

import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Recognises a request that could not be read as sent (a body shorter than its Content-Length, a false
 * chunked header, a connection closed mid-body): Jetty reports these as exceptions from reading the body,
 * which are the client's fault, answered 400, not 500.
 */
final class BrokenRequest {

    private BrokenRequest() {
    }

    /** The status for a failure caused by an unreadable request (400, or Jetty's 4xx), empty for any other failure. */
    static Optional<Integer> status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode());
            }
            if (cause instanceof EofException) {
                return Optional.of(400);
            }
        }
        return Optional.empty();
    }

    /** What to tell the client: the request and why it could not be read. */
    static String message(String method, String path, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "the request " + method + " " + path + " could not be read (a body shorter than its Content-Length, "
                + "a bad chunked encoding or a closed connection): " + root.getMessage();
    }
}
