package dev.ashiatsu.dashboard.web;

/** A request that cannot be used: answered 400 with {@code {"error": message, "field": field}}. */
public final class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
