package dev.ashiatsu.core.config;

/**
 * A value that a record's constructor refuses, naming the field and the rule it breaks, e.g. field
 * {@code crownXcm}, rule {@code must be in [-50, 450] cm, was 800}. A reader turns it into a
 * {@link ConfigException} that adds the source and the field's path ({@link ConfigFields#build}).
 */
public final class InvalidField extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidField(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The field's name, or its path within the record, e.g. {@code cells[2].xCm}. */
    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
