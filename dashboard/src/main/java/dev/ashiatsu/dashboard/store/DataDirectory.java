package dev.ashiatsu.dashboard.store;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The dashboard's data directory:
 * <pre>
 *   DIR/table.yaml            the table config (calibration included)
 *   DIR/clients/ID.yaml       client profiles
 *   DIR/practitioners/ID.yaml practitioner profiles
 *   DIR/tolerances/ID.json    what each client's stops taught (ToleranceStore), beside the strict profiles
 *   DIR/bands/NAME.json       named target band presets (BandPresets)
 *   DIR/sessions/             recorded sessions (the recorder's)
 *   DIR/password              optional access password (one line)
 * </pre>
 * Every write is atomic (temporary file, then rename).
 */
public final class DataDirectory {

    private final Path root;
    private final ProfileStore<ClientProfile> clients;
    private final ProfileStore<PractitionerProfile> practitioners;
    private final BandPresets bandPresets;

    public DataDirectory(Path root) {
        this.root = root;
        this.clients = new ProfileStore<>(root.resolve("clients"), ConfigReader::readClient,
                ConfigWriter::yaml, ClientProfile::id);
        this.practitioners = new ProfileStore<>(root.resolve("practitioners"), ConfigReader::readPractitioner,
                ConfigWriter::yaml, PractitionerProfile::id);
        this.bandPresets = new BandPresets(root.resolve("bands"));
    }

    /** Named target band presets, {@code DIR/bands/NAME.json}. */
    public BandPresets bandPresets() {
        return bandPresets;
    }

    public Path root() {
        return root;
    }

    public Path tableFile() {
        return root.resolve("table.yaml");
    }

    public Path sessionsDir() {
        return root.resolve("sessions");
    }

    public Path tolerancesDir() {
        return root.resolve("tolerances");
    }

    public Path passwordFile() {
        return root.resolve("password");
    }

    public ProfileStore<ClientProfile> clients() {
        return clients;
    }

    public ProfileStore<PractitionerProfile> practitioners() {
        return practitioners;
    }

    /** The stored table config, or empty when there is none yet. */
    public synchronized Optional<TableConfig> table() {
        return Files.isRegularFile(tableFile()) ? Optional.of(ConfigReader.readTable(tableFile())) : Optional.empty();
    }

    public synchronized void saveTable(TableConfig table) throws IOException {
        AtomicFiles.write(tableFile(), ConfigWriter.yaml(table));
    }

    /** The password from the file, trimmed, or empty when there is no file or it is blank. */
    public Optional<String> password() throws IOException {
        if (!Files.isRegularFile(passwordFile())) {
            return Optional.empty();
        }
        String text = Files.readString(passwordFile()).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
