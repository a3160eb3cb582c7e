package dev.ashiatsu.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.estimate.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads table configs and profiles from YAML or JSON (through {@link ConfigFields}) and validates them.
 * Every error is a {@link ConfigException} of the form {@code source: field: rule}.
 * The {@code parse...} methods take text and do no I/O; the {@code read...} methods read a file first.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    public static TableConfig readTable(Path file) {
        return parseTable(file.toString(), readText(file));
    }

    public static ClientProfile readClient(Path file) {
        return parseClient(file.toString(), readText(file));
    }

    public static PractitionerProfile readPractitioner(Path file) {
        return parsePractitioner(file.toString(), readText(file));
    }

    public static TableConfig parseTable(String source, String text) {
        ConfigFields root = ConfigFields.parse(source, text);
        JsonNode cellsNode = root.require("cells");
        if (!cellsNode.isArray()) {
            throw root.error("cells", "must be a list of cells");
        }
        List<CellConfig> cells = new ArrayList<>();
        for (int i = 0; i < cellsNode.size(); i++) {
            ConfigFields cell = root.child("cells[" + i + "]", cellsNode.get(i));
            String roleText = cell.text("role", null);
            CellRole role;
            try {
                role = CellRole.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw cell.error("role", "must be 'table' or 'bar', was '" + roleText + "'");
            }
            double countsPerKg = cell.number("countsPerKg", null);
            if (countsPerKg == 0) {
                throw cell.error("countsPerKg", "must not be zero");
            }
            cells.add(cell.build(() -> new CellConfig(cell.text("id", null), role,
                    cell.number("xCm", role == CellRole.BAR ? 0.0 : null),
                    cell.number("yCm", role == CellRole.BAR ? 0.0 : null),
                    cell.number("offset", 0.0), countsPerKg)));
        }
        return root.build(() -> new TableConfig(root.text("name", "table"), root.number("lengthCm", null),
                root.number("widthCm", null), root.number("sampleRateHz", null), cells));
    }

    public static ClientProfile parseClient(String source, String text) {
        ConfigFields root = ConfigFields.parse(source, text);
        Map<Zone, Double> factors = new EnumMap<>(Zone.class);
        JsonNode factorsNode = root.optional("zoneFactors");
        if (factorsNode != null) {
            if (!factorsNode.isObject()) {
                throw root.error("zoneFactors", "must be a map of zone name to factor");
            }
            ConfigFields zones = root.child("zoneFactors", factorsNode);
            Iterator<String> names = factorsNode.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                Zone zone;
                try {
                    zone = Zone.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw zones.error(name, "is not a zone (zones: " + List.of(Zone.values()) + ")");
                }
                double factor = zones.number(name, null);
                if (!(factor >= 0 && factor <= 2)) {
                    throw zones.error(name, "must be between 0 and 2, was " + factor);
                }
                factors.put(zone, factor);
            }
        }
        return root.build(() -> new ClientProfile(root.text("id", null), root.text("name", ""),
                root.number("heightCm", null), root.number("crownXcm", null),
                root.optionalNumber("maxAppliedKg"), root.optionalNumber("maxFraction"), factors,
                root.text("notes", "")));
    }

    public static PractitionerProfile parsePractitioner(String source, String text) {
        ConfigFields root = ConfigFields.parse(source, text);
        return root.build(() -> new PractitionerProfile(root.text("id", null), root.text("name", ""),
                root.optionalNumber("weightKg")));
    }

    /** A config file's text (UTF-8); errors read {@code file: no such file} or {@code file: cannot be read (why)}. */
    public static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
