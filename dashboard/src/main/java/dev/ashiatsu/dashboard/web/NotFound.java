package dev.ashiatsu.dashboard.web;

/** The thing a request names does not exist: answered 404 with {@code {"error": message}}. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
