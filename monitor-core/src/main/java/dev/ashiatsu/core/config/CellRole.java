package dev.ashiatsu.core.config;

/** Where a load cell sits: under a table leg, or in an overhead bar mount. */
public enum CellRole {
    TABLE,
    BAR;

    /** The role as written in a table config: {@code table} or {@code bar}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
