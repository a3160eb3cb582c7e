package dev.ashiatsu.dashboard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.estimate.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Named sets of target bands a trainer keeps for reuse (docs/guide.md, "Target bands"): {@code DATA/bands/NAME.json},
 * {@code {"name": NAME, "bands": {ZONE: {"lowPercent", "highPercent"}}}}, written atomically. A preset is only
 * percentages: whether it fits a client's limits is checked when it is set for a session. A file that cannot be
 * read is never used and never silently dropped: {@link #list()} reports it.
 */
public final class BandPresets {

    /** Preset names: 1-64 letters, digits, '-', '_' (the file's name). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Strict: a field missing, unknown or null is an error, never a default. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    public BandPresets(Path dir) {
        this.dir = dir;
    }

    /**
     * One preset.
     *
     * @param bands per body zone, in body order
     */
    public record Preset(String name, Map<Zone, TargetBand> bands) {

        public Preset {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("name must be 1-64 letters, digits, '-' or '_', was " + name);
            }
            Map<Zone, TargetBand> ordered = new EnumMap<>(Zone.class);
            if (bands != null) {
                ordered.putAll(bands);
            }
            if (ordered.containsKey(Zone.OFF_BODY)) {
                throw new IllegalArgumentException("OFF_BODY is not a body zone: it can have no band");
            }
            bands = Map.copyOf(ordered);
        }
    }

    /** The presets that read, by name, and a line for each file that does not. */
    public record Listing(List<Preset> presets, List<String> problems) {
    }

    public synchronized Listing list() throws IOException {
        List<Preset> presets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(presets, problems);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    presets.add(read(file));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(file + ": " + message(e));
                }
            }
        }
        return new Listing(presets, problems);
    }

    /**
     * The preset of this name; empty when there is none.
     *
     * @throws IOException naming the file when it exists but cannot be read
     */
    public synchronized Optional<Preset> find(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = fileOf(name);
        try {
            return Optional.of(read(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + ": " + message(e), e);
        }
    }

    public synchronized void save(Preset preset) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(fileOf(preset.name()), JSON.writeValueAsString(preset));
    }

    /** @return false when there was no such preset */
    public synchronized boolean delete(String name) throws IOException {
        return NAME.matcher(name).matches() && Files.deleteIfExists(fileOf(name));
    }

    private Preset read(Path file) throws IOException {
        Preset preset = JSON.readValue(Files.readString(file), Preset.class);
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!preset.name().equals(expected)) {
            throw new IllegalArgumentException("name: is '" + preset.name() + "', the file's name says '" + expected + "'");
        }
        return preset;
    }

    private Path fileOf(String name) {
        return dir.resolve(name + ".json");
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
