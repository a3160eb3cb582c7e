package dev.ashiatsu.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.estimate.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads table configs and profiles from YAML or JSON (through {@link ConfigFields}) and validates them;
 * {@link ConfigWriter} writes them. Every error is a {@link ConfigException} of the form
 * {@code source: field: rule}. A field that is not one of the format's ({@link #TABLE_FIELDS} ...) is an
 * error naming the nearest known field: a misspelt limit must never be dropped in silence. The
 * {@code parse...} methods take text and do no I/O; the {@code read...} methods read a file first.
 */
public final class ConfigReader {

    /** The fields of a table config, in the order {@link ConfigWriter} writes them. */
    public static final List<String> TABLE_FIELDS = List.of("name", "lengthCm", "widthCm", "sampleRateHz", "cells");
    public static final List<String> CELL_FIELDS = List.of("id", "role", "xCm", "yCm", "offset", "countsPerKg");
    public static final List<String> CLIENT_FIELDS = List.of("id", "name", "heightCm", "crownXcm", "maxAppliedKg",
            "maxFraction", "zoneFactors", "notes");
    public static final List<String> PRACTITIONER_FIELDS = List.of("id", "name", "weightKg");

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
        return table(ConfigFields.parse(source, text));
    }

    public static ClientProfile parseClient(String source, String text) {
        return client(ConfigFields.parse(source, text));
    }

    public static PractitionerProfile parsePractitioner(String source, String text) {
        return practitioner(ConfigFields.parse(source, text));
    }

    /** A table config from parsed fields. */
    public static TableConfig table(ConfigFields root) {
        root.allowOnly(set(TABLE_FIELDS));
        JsonNode cellsNode = root.require("cells");
        if (!cellsNode.isArray()) {
            throw root.error("cells", "must be a list of cells");
        }
        List<CellConfig> cells = new ArrayList<>();
        for (int i = 0; i < cellsNode.size(); i++) {
            ConfigFields cell = root.child("cells[" + i + "]", cellsNode.get(i));
            cell.allowOnly(set(CELL_FIELDS));
            String roleText = cell.text("role", null);
            CellRole role;
            try {
                role = CellRole.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw cell.error("role", "must be 'table' or 'bar', was '" + roleText + "'");
            }
            cells.add(cell.build(() -> new CellConfig(cell.text("id", null), role,
                    cell.number("xCm", role == CellRole.BAR ? 0.0 : null),
                    cell.number("yCm", role == CellRole.BAR ? 0.0 : null),
                    cell.number("offset", 0.0), cell.number("countsPerKg", null))));
        }
        return root.build(() -> new TableConfig(root.text("name", "table"), root.number("lengthCm", null),
                root.number("widthCm", null), root.number("sampleRateHz", null), cells));
    }

    /** A client profile from parsed fields. */
    public static ClientProfile client(ConfigFields root) {
        root.allowOnly(set(CLIENT_FIELDS));
        Map<Zone, Double> factors = new EnumMap<>(Zone.class);
        JsonNode factorsNode = root.optional("zoneFactors");
        if (factorsNode != null) {
            if (!factorsNode.isObject()) {
                throw root.error("zoneFactors", "must be a map of zone name to factor");
            }
            ConfigFields zones = root.child("zoneFactors", factorsNode);
            List<String> zoneNames = Arrays.stream(Zone.values()).map(Zone::name).toList();
            Iterator<String> names = factorsNode.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                Zone zone;
                try {
                    zone = Zone.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw zones.error(name, "is not a zone" + NearestName.hint(name, zoneNames) + " (zones: "
                            + String.join(", ", zoneNames) + ")");
                }
                if (factors.containsKey(zone)) {
                    throw zones.error(name, "gives " + zone + " a second time");
                }
                double factor = zones.number(name, null);
                factors.put(zone, zones.build(() -> Ranges.ZONE_FACTOR.check(name, factor)));
            }
        }
        return root.build(() -> new ClientProfile(root.text("id", null), root.text("name", ""),
                root.number("heightCm", null), root.number("crownXcm", null),
                root.optionalNumber("maxAppliedKg"), root.optionalNumber("maxFraction"), factors,
                root.text("notes", "")));
    }

    /** A practitioner profile from parsed fields. */
    public static PractitionerProfile practitioner(ConfigFields root) {
        root.allowOnly(set(PRACTITIONER_FIELDS));
        return root.build(() -> new PractitionerProfile(root.text("id", null), root.text("name", ""),
                root.optionalNumber("weightKg")));
    }

    /**
     * A config file's text (UTF-8, at most {@link ConfigFields#MAX_BYTES}); errors read
     * {@code file: no such file}, {@code file: is larger than ...}, {@code file: is not UTF-8 text} or
     * {@code file: cannot be read (why)}. Reads no more than the bound, whatever the file claims its size is.
     */
    public static String readText(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(ConfigFields.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > ConfigFields.MAX_BYTES) {
            throw new ConfigException(file + ": is larger than a config may be (" + ConfigFields.MAX_BYTES
                    + " bytes; tables and profiles are a few kB)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": is not UTF-8 text", e);
        }
    }

    private static Set<String> set(List<String> fields) {
        return new LinkedHashSet<>(fields);
    }
}
