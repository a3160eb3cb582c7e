package dev.ashiatsu.bridge.gpio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigFields;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.TableConfig;
import java.nio.file.Path;
import dev.ashiatsu.core.source.Input;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
 * buttons:                 # optional; each button from its pin to GND (pull-up on)
 *   acknowledgePin: 22     # at least one of the two pins
 *   clientStopPin: 23
 *   debounceMs: 25         # optional; 5..200
 * </pre>
 */
public final class GpioConfigReader {

    /** BCM GPIO numbers on the Raspberry Pi's 40-pin header. */
    static final int MAX_BCM_PIN = 27;
    private static final Set<String> TOP_FIELDS = Set.of("table", "clockPin", "gain", "rateHz", "readyTimeoutMs", "chips", "alarm",
            "buttons");
    private static final Set<String> CHIP_FIELDS = Set.of("cell", "dataPin");
    private static final Set<String> ALARM_FIELDS = Set.of("buzzerPin", "lightPin", "activeHigh");
    private static final Set<String> BUTTON_FIELDS = Set.of("acknowledgePin", "clientStopPin", "debounceMs");
    static final double DEFAULT_DEBOUNCE_MS = 25;

    private GpioConfigReader() {
    }

    public static GpioConfig read(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), ConfigReader.readText(file), dir);
    }

    /** Parses a config's text; {@code baseDir} is where a relative table path is resolved. */
    public static GpioConfig parse(String source, String text, Path baseDir) {
        ConfigFields root = ConfigFields.parse(source, text);
        root.allowOnly(TOP_FIELDS);
        Path tableFile = baseDir.resolve(root.nonBlankText("table"));
        TableConfig table = ConfigReader.readTable(tableFile);

        Map<Integer, String> pinUse = new HashMap<>();
        int clockPin = pin(root, "clockPin", pinUse);
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
        ButtonPins buttons = buttons(root, pinUse);
        return new GpioConfig(source, tableFile, table, clockPin, gain, rateHz, timeoutMs, chips, alarm, buttons);
    }

    private static List<ChipConfig> chips(ConfigFields root, TableConfig table, Map<Integer, String> pinUse) {
        JsonNode list = root.require("chips");
        if (!list.isArray() || list.isEmpty() || list.size() > Hx711Array.MAX_CHIPS) {
            throw root.error("chips", "must be a list of 1 to " + Hx711Array.MAX_CHIPS + " chips (one clock drives at most "
                    + Hx711Array.MAX_CHIPS + ")");
        }
        List<ChipConfig> chips = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ConfigFields chip = root.child("chips[" + i + "]", list.get(i));
            chip.allowOnly(CHIP_FIELDS);
            String cell = chip.nonBlankText("cell");
            if (table.indexOf(cell) < 0) {
                throw chip.error("cell", "'" + cell + "' is not a cell of " + table.name() + " ("
                        + table.cells().stream().map(CellConfig::id).toList() + ")");
            }
            if (!cells.add(cell)) {
                throw chip.error("cell", "'" + cell + "' already has a chip");
            }
            chips.add(new ChipConfig(cell, pin(chip, "dataPin", pinUse)));
        }
        for (CellConfig cell : table.cells()) {
            if (!cells.contains(cell.id())) {
                throw root.error("chips", "table cell '" + cell.id() + "' has no chip");
            }
        }
        return chips;
    }

    private static AlarmPins alarm(ConfigFields root, Map<Integer, String> pinUse) {
        JsonNode node = root.optional("alarm");
        if (node == null) {
            return null;
        }
        ConfigFields alarm = root.child("alarm", node);
        alarm.allowOnly(ALARM_FIELDS);
        return new AlarmPins(pin(alarm, "buzzerPin", pinUse), pin(alarm, "lightPin", pinUse), alarm.flag("activeHigh", true));
    }

    private static ButtonPins buttons(ConfigFields root, Map<Integer, String> pinUse) {
        JsonNode node = root.optional("buttons");
        if (node == null) {
            return null;
        }
        ConfigFields buttons = root.child("buttons", node);
        buttons.allowOnly(BUTTON_FIELDS);
        Map<Input, Integer> pins = new EnumMap<>(Input.class);
        if (buttons.has("acknowledgePin")) {
            pins.put(Input.ACKNOWLEDGE, pin(buttons, "acknowledgePin", pinUse));
        }
        if (buttons.has("clientStopPin")) {
            pins.put(Input.CLIENT_STOP, pin(buttons, "clientStopPin", pinUse));
        }
        if (pins.isEmpty()) {
            throw root.error("buttons", "needs acknowledgePin, clientStopPin or both");
        }
        double debounceMs = buttons.number("debounceMs", DEFAULT_DEBOUNCE_MS);
        if (!(debounceMs >= 5 && debounceMs <= 200)) {
            throw buttons.error("debounceMs", "must be in [5, 200] ms, was " + debounceMs);
        }
        return new ButtonPins(pins, debounceMs);
    }

    /** A BCM pin number, used once only across the whole config ({@code pinUse} records the uses by path). */
    private static int pin(ConfigFields fields, String field, Map<Integer, String> pinUse) {
        int pin = fields.integer(field, null);
        if (pin < 0 || pin > MAX_BCM_PIN) {
            throw fields.error(field, "must be a BCM GPIO number 0.." + MAX_BCM_PIN + ", was " + pin);
        }
        String previous = pinUse.putIfAbsent(pin, fields.pathOf(field));
        if (previous != null) {
            throw fields.error(field, "GPIO " + pin + " is already used by " + previous);
        }
        return pin;
    }
}
