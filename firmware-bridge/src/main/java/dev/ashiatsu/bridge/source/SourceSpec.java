package dev.ashiatsu.bridge.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A frame source as the user names it in the one {@code --source} option used everywhere:
 * {@code serial:/dev/ttyUSB0[@115200]}, {@code gpio:<config file>}, {@code capture:FILE}, {@code csv:FILE},
 * {@code sim:<scenario>}.
 *
 * @param kind     which adapter
 * @param target   the port path, config file, file or scenario name; never empty
 * @param baudRate the serial baud rate; 0 for every kind but {@link Kind#SERIAL}
 */
public record SourceSpec(Kind kind, String target, int baudRate) {

    public static final int DEFAULT_BAUD_RATE = 115_200;

    /** The kinds of source, each with the prefix that names it. */
    public enum Kind {
        SERIAL("serial", "serial:/dev/ttyUSB0[@115200]"),
        GPIO("gpio", "gpio:<config file>"),
        CAPTURE("capture", "capture:FILE"),
        CSV("csv", "csv:FILE"),
        SIM("sim", "sim:<scenario>");

        private final String prefix;
        private final String form;

        Kind(String prefix, String form) {
            this.prefix = prefix;
            this.form = form;
        }

        public String prefix() {
            return prefix;
        }

        /** How a source of this kind is written, for help texts. */
        public String form() {
            return form;
        }
    }

    public SourceSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (target.isEmpty()) {
            throw new IllegalArgumentException("source " + kind.prefix + ": needs a target, as in " + kind.form);
        }
        if (kind == Kind.SERIAL ? baudRate <= 0 : baudRate != 0) {
            throw new IllegalArgumentException("source " + kind.prefix + ": baud rate " + baudRate
                    + (kind == Kind.SERIAL ? " must be positive" : " only applies to serial sources"));
        }
    }

    /**
     * Parses a source option.
     *
     * @throws IllegalArgumentException naming the option and its bad part
     */
    public static SourceSpec parse(String option) {
        if (option == null || option.isBlank()) {
            throw new IllegalArgumentException("source is empty; expected one of " + forms());
        }
        int colon = option.indexOf(':');
        String prefix = (colon < 0 ? option : option.substring(0, colon)).toLowerCase(Locale.ROOT);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.prefix.equals(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("source '" + option + "': unknown kind '"
                        + (colon < 0 ? option : option.substring(0, colon)) + "'; expected one of " + forms()));
        String target = colon < 0 ? "" : option.substring(colon + 1);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("source '" + option + "': the part after '" + kind.prefix
                    + ":' is empty; expected " + kind.form);
        }
        if (kind != Kind.SERIAL) {
            return new SourceSpec(kind, target, 0);
        }
        int at = target.lastIndexOf('@');
        if (at < 0) {
            return new SourceSpec(kind, target, DEFAULT_BAUD_RATE);
        }
        String port = target.substring(0, at);
        String baud = target.substring(at + 1);
        if (port.isEmpty()) {
            throw new IllegalArgumentException("source '" + option + "': the port before '@' is empty; expected "
                    + kind.form);
        }
        if (!baud.matches("[0-9]{1,8}") || Integer.parseInt(baud) == 0) {
            throw new IllegalArgumentException("source '" + option + "': baud rate '" + baud
                    + "' is not a positive whole number (e.g. 115200)");
        }
        return new SourceSpec(kind, port, Integer.parseInt(baud));
    }

    /** The canonical option text, e.g. {@code serial:/dev/ttyUSB0@115200}. */
    @Override
    public String toString() {
        return kind.prefix + ":" + target + (kind == Kind.SERIAL ? "@" + baudRate : "");
    }

    private static String forms() {
        return Arrays.stream(Kind.values()).map(Kind::form).collect(Collectors.joining(", "));
    }
}
