package dev.ashiatsu.bridge.gpio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a GPIO config (YAML or JSON). Every error is a {@link ConfigException} of the form
 * {@code file: field: rule}; errors in the table config it names come from {@link ConfigReader} and name
 * that file.
 *
 * <pre>
 * table: table.yaml        # relative to this file
 * clockPin: 5              # BCM number of the shared PD_SCK
 * gain: 128                # 128 or 64 (channel A), 32 (channel B)
 * rateHz: 80               # the chips' RATE pin: 10 or 80
 * readyTimeoutMs: 20       # optional; default 1.5 conversion periods
 * chips:                   # 1 to 8, one per table cell
 *   - {cell: leg-head-left, dataPin: 6}
 * alarm:                   # optional
 *   buzzerPin: 17
 *   lightPin: 27
 *   activeHigh: true       # optional
 * </pre>
 */
public final class GpioConfigReader {

    /** BCM GPIO numbers on the Raspberry Pi's 40-pin header. */
    static final int MAX_BCM_PIN = 27;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_FIELDS = Set.of("table", "clockPin", "gain", "rateHz", "readyTimeoutMs", "chips", "alarm");
    private static final Set<String> CHIP_FIELDS = Set.of("cell", "dataPin");
    private static final Set<String> ALARM_FIELDS = Set.of("buzzerPin", "lightPin", "activeHigh");

    private GpioConfigReader() {
    }

    public static GpioConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, dir);
    }

    /** Parses a config's text; {@code baseDir} is where a relative table path is resolved. */
    public static GpioConfig parse(String source, String text, Path baseDir) {
        Node root = new Node(source, "", tree(source, text));
        root.allowOnly(TOP_FIELDS);
        Path tableFile = baseDir.resolve(root.text("table"));
        TableConfig table = ConfigReader.readTable(tableFile);

        Map<Integer, String> pinUse = new HashMap<>();
        int clockPin = root.pin("clockPin", pinUse);
        Hx711Gain gain;
        int gainValue = root.integer("gain", 128);
        try {
            gain = Hx711Gain.ofGain(gainValue);
        } catch (IllegalArgumentException e) {
            throw root.error("gain", e.getMessage());
        }
        int rateHz = root.integer("rateHz", null);
        if (rateHz != 10 && rateHz != 80) {
            throw root.error("rateHz", "must be 10 or 80 (the chips' RATE pin), was " + rateHz);
        }
        double timeoutMs = root.number("readyTimeoutMs", 1.5 * 1000.0 / rateHz);
        if (!(timeoutMs > 0 && timeoutMs <= 1000)) {
            throw root.error("readyTimeoutMs", "must be in (0, 1000], was " + timeoutMs);
        }
        List<ChipConfig> chips = chips(root, table, pinUse);
        AlarmPins alarm = alarm(root, pinUse);
        return new GpioConfig(source, tableFile, table, clockPin, gain, rateHz, timeoutMs, chips, alarm);
    }

    private static List<ChipConfig> chips(Node root, TableConfig table, Map<Integer, String> pinUse) {
        JsonNode list = root.required("chips");
        if (!list.isArray() || list.isEmpty() || list.size() > Hx711Array.MAX_CHIPS) {
            throw root.error("chips", "must be a list of 1 to " + Hx711Array.MAX_CHIPS + " chips (one clock drives at most "
                    + Hx711Array.MAX_CHIPS + ")");
        }
        List<ChipConfig> chips = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Node chip = root.child("chips[" + i + "]", list.get(i));
            chip.allowOnly(CHIP_FIELDS);
            String cell = chip.text("cell");
            if (table.indexOf(cell) < 0) {
                throw chip.error("cell", "'" + cell + "' is not a cell of " + table.name() + " ("
                        + table.cells().stream().map(CellConfig::id).toList() + ")");
            }
            if (!cells.add(cell)) {
                throw chip.error("cell", "'" + cell + "' already has a chip");
            }
            chips.add(new ChipConfig(cell, chip.pin("dataPin", pinUse)));
        }
        for (CellConfig cell : table.cells()) {
            if (!cells.contains(cell.id())) {
                throw root.error("chips", "table cell '" + cell.id() + "' has no chip");
            }
        }
        return chips;
    }

    private static AlarmPins alarm(Node root, Map<Integer, String> pinUse) {
        JsonNode node = root.optional("alarm");
        if (node == null) {
            return null;
        }
        Node alarm = root.child("alarm", node);
        alarm.allowOnly(ALARM_FIELDS);
        return new AlarmPins(alarm.pin("buzzerPin", pinUse), alarm.pin("lightPin", pinUse), alarm.bool("activeHigh", true));
    }

    private static JsonNode tree(String source, String text) {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ConfigException(source + ": must be a YAML or JSON object of fields");
            }
            return node;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String line = where != null ? ":" + where.getLineNr() : "";
            throw new ConfigException(source + line + ": not valid YAML or JSON ("
                    + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ").strip() + ")", e);
        }
    }

    /** One object of the tree, with typed field access whose errors say where and why. */
    private record Node(String source, String path, JsonNode node) {

        ConfigException error(String field, String rule) {
            return new ConfigException(source + ": " + path + field + ": " + rule);
        }

        Node child(String name, JsonNode child) {
            if (!child.isObject()) {
                throw new ConfigException(source + ": " + path + name + ": must be an object of fields");
            }
            return new Node(source, path + name + ".", child);
        }

        void allowOnly(Set<String> known) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw error(name, "is not a field here (fields: " + known.stream().sorted().toList() + ")");
                }
            }
        }

        JsonNode optional(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value;
        }

        JsonNode required(String field) {
            JsonNode value = optional(field);
            if (value == null) {
                throw error(field, "is required");
            }
            return value;
        }

        String text(String field) {
            JsonNode value = required(field);
            if (!value.isValueNode() || value.asText().isBlank()) {
                throw error(field, "must be non-empty text");
            }
            return value.asText();
        }

        double number(String field, Double fallback) {
            JsonNode value = fallback == null ? required(field) : optional(field);
            if (value == null) {
                return fallback;
            }
            if (!value.isNumber()) {
                throw error(field, "must be a number, was '" + value.asText() + "'");
            }
            return value.doubleValue();
        }

        int integer(String field, Integer fallback) {
            JsonNode value = fallback == null ? required(field) : optional(field);
            if (value == null) {
                return fallback;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw error(field, "must be a whole number, was '" + value.asText() + "'");
            }
            return value.intValue();
        }

        boolean bool(String field, boolean fallback) {
            JsonNode value = optional(field);
            if (value == null) {
                return fallback;
            }
            if (!value.isBoolean()) {
                throw error(field, "must be true or false, was '" + value.asText() + "'");
            }
            return value.booleanValue();
        }

        /** A BCM pin number, used once only across the whole config ({@code pinUse} records the uses). */
        int pin(String field, Map<Integer, String> pinUse) {
            int pin = integer(field, null);
            if (pin < 0 || pin > MAX_BCM_PIN) {
                throw error(field, "must be a BCM GPIO number 0.." + MAX_BCM_PIN + ", was " + pin);
            }
            String previous = pinUse.putIfAbsent(pin, path + field);
            if (previous != null) {
                throw error(field, "GPIO " + pin + " is already used by " + previous);
            }
            return pin;
        }
    }
}
