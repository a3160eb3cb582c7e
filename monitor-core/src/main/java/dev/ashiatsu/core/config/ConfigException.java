package dev.ashiatsu.core.config;

/** A config or profile that cannot be used; the message names the source, the field and the rule. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
