package dev.ashiatsu.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes table configs and profiles: as field maps (design.md section 5; also their JSON shape in the
 * HTTP API and the live stream) and as YAML text that {@link ConfigReader} reads back to an equal record.
 * The one writer of these file formats: the dashboard's data directory, {@code calibrate}, {@code export}
 * and the simulator's outputs all write through it. An absent limit is written as {@code null}.
 */
public final class ConfigWriter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ConfigWriter() {
    }

    public static Map<String, Object> fields(ClientProfile client) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", client.id());
        map.put("name", client.name());
        map.put("heightCm", client.heightCm());
        map.put("crownXcm", client.crownXcm());
        map.put("maxAppliedKg", client.maxAppliedKg());
        map.put("maxFraction", client.maxFraction());
        Map<String, Double> factors = new TreeMap<>();
        client.zoneFactors().forEach((zone, factor) -> factors.put(zone.name(), factor));
        map.put("zoneFactors", factors);
        map.put("notes", client.notes());
        return map;
    }

    public static Map<String, Object> fields(PractitionerProfile practitioner) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", practitioner.id());
        map.put("name", practitioner.name());
        map.put("weightKg", practitioner.weightKg());
        return map;
    }

    public static Map<String, Object> fields(TableConfig table) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", table.name());
        map.put("lengthCm", table.lengthCm());
        map.put("widthCm", table.widthCm());
        map.put("sampleRateHz", table.sampleRateHz());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (CellConfig cell : table.cells()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", cell.id());
            c.put("role", cell.role().configName());
            c.put("xCm", cell.xCm());
            c.put("yCm", cell.yCm());
            c.put("offset", cell.offset());
            c.put("countsPerKg", cell.countsPerKg());
            cells.add(c);
        }
        map.put("cells", cells);
        return map;
    }

    public static String yaml(TableConfig table) {
        return yaml(fields(table));
    }

    public static String yaml(ClientProfile client) {
        return yaml(fields(client));
    }

    public static String yaml(PractitionerProfile practitioner) {
        return yaml(fields(practitioner));
    }

    /** A field map as YAML (no document start marker, quotes only where needed). */
    public static String yaml(Map<String, Object> fields) {
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config map could not be written as YAML", e);
        }
    }
}
