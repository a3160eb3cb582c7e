package dev.ashiatsu.dashboard.store;

/** A tolerance request that cannot be done as things stand (no suggestion, a changed one, an unreadable file). */
public final class ToleranceRefused extends RuntimeException {

    public ToleranceRefused(String message) {
        super(message);
    }

    public ToleranceRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
