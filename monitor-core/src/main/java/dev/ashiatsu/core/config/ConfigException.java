package dev.ashiatsu.core.config;

/**
 * A config or profile that cannot be used; the message names the source, the field and the rule
 * ({@code source: field: rule}). When one field is to blame, {@link #field()} and {@link #rule()} give
 * them apart, e.g. for an HTTP error that names the field.
 */
public final class ConfigException extends RuntimeException {

    private final String field;
    private final String rule;

    public ConfigException(String message) {
        this(message, null);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.rule = message;
    }

    /** {@code source: field: rule}; {@code field} is the path within the source, e.g. {@code cells[1].xCm}. */
    public ConfigException(String source, String field, String rule, Throwable cause) {
        super(source + ": " + field + ": " + rule, cause);
        this.field = field;
        this.rule = rule;
    }

    /** The path of the field to blame, or null when the fault is not one field's. */
    public String field() {
        return field;
    }

    /** What is wrong with the field (the whole message when no field is to blame). */
    public String rule() {
        return rule;
    }
}
