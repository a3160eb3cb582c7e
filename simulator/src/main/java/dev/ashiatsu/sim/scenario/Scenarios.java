package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds scenarios: the bundled ones by name (on the classpath under {@code /scenarios/}), others by file path. */
public final class Scenarios {

    /** The scenarios shipped with the simulator. */
    public static final List<String> BUNDLED = List.of("demo", "faults", "training");

    private Scenarios() {
    }

    /** A bundled scenario's name, or the path of a scenario YAML file. */
    public static Scenario load(String nameOrPath) {
        if (BUNDLED.contains(nameOrPath)) {
            String resource = "/scenarios/" + nameOrPath + ".yaml";
            return new ScenarioReader(nameOrPath, Scenarios::bundledInclude).parse(resource(resource));
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(nameOrPath + ": no such scenario (bundled: " + String.join(", ", BUNDLED)
                    + "; or give the path of a scenario YAML file)");
        }
        Path dir = file.toAbsolutePath().getParent();
        return new ScenarioReader(file.toString(), name -> ConfigReader.readText(dir.resolve(name)))
                .parse(ConfigReader.readText(file));
    }

    private static String bundledInclude(String name) {
        return resource("/scenarios/" + name);
    }

    private static String resource(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigException(name + ": not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
