package dev.ashiatsu.dashboard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.tolerance.LimitSuggester;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.core.tolerance.ToleranceSuggestion;
import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;

/**
 * Each client's tolerance, beside the profiles: {@code DIR/tolerances/<clientId>.json} (a directory of its
 * own, so the strict profile directory never sees it). Reading a tolerance first reads the client's recorded
 * sessions not read yet ({@link ToleranceHarvest}); accepting a suggestion lowers the profile's zone factor and
 * records who accepted what, when. Nothing else here changes a profile. Writes are atomic; a file that cannot
 * be read is never overwritten. Thread-safe: methods synchronize on the store.
 */
public final class ToleranceStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path dir;
    private final ProfileStore<ClientProfile> clients;
    private final SessionArchive archive;
    private final LongSupplier clockEpochMs;

    /** What a client's tolerance says now. */
    public record View(ClientProfile profile, ToleranceFile file, List<ToleranceSuggestion> suggestions) {
    }

    /** A suggestion accepted: the profile as saved, and the record of it. */
    public record Accepted(ClientProfile profile, ToleranceFile.Acceptance acceptance) {
    }

    /**
     * @param archive      where the client's recorded sessions are read; null for none
     * @param clockEpochMs the wall clock (ms since the epoch): what "recent" and "accepted at" are measured by
     */
    public ToleranceStore(Path dir, ProfileStore<ClientProfile> clients, SessionArchive archive, LongSupplier clockEpochMs) {
        this.dir = dir;
        this.clients = clients;
        this.archive = archive;
        this.clockEpochMs = clockEpochMs;
    }

    private Path fileOf(String clientId) {
        if (!ProfileStore.isValidId(clientId)) {
            throw new IllegalArgumentException("id must be 1-64 letters, digits, '-' or '_', was '" + clientId + "'");
        }
        return dir.resolve(clientId + ".json");
    }

    /**
     * The client's tolerance after reading any new sessions, with the suggestions for its profile now.
     *
     * @throws NoSuchElementException when there is no such client
     * @throws ToleranceRefused       when the tolerance file cannot be read (named)
     */
    public synchronized View view(String clientId) throws IOException {
        ClientProfile profile = clients.find(clientId)
                .orElseThrow(() -> new NoSuchElementException("no client with id '" + clientId + "'"));
        ToleranceFile file = refresh(clientId);
        return new View(profile, file, LimitSuggester.suggestAll(file.stops(), profile, clockEpochMs.getAsLong()));
    }

    /**
     * Applies the suggestion for a zone to the profile and records the acceptance.
     *
     * @param expectedFactor the factor the therapist saw, or null; a different suggestion now is refused
     * @param by             who accepts it
     * @param sessionId      the session running now, or null
     * @throws ToleranceRefused when the zone has no suggestion now, or it changed since it was shown
     */
    public synchronized Accepted accept(String clientId, Zone zone, Double expectedFactor, String by, String sessionId)
            throws IOException {
        View view = view(clientId);
        ToleranceSuggestion suggestion = view.suggestions().stream().filter(s -> s.zone() == zone).findFirst()
                .orElseThrow(() -> new ToleranceRefused("no suggestion for " + zone + " of client '" + clientId
                        + "': no recent stop there asks for a factor below the profile's " + view.profile().factorOf(zone)));
        if (expectedFactor != null && Math.abs(expectedFactor - suggestion.suggestedFactor()) > 1e-9) {
            throw new ToleranceRefused("the suggestion for " + zone + " is now " + suggestion.suggestedFactor()
                    + ", not " + expectedFactor + " as shown: reload and look again");
        }
        ClientProfile lowered;
        try {
            lowered = LimitSuggester.apply(view.profile(), suggestion);
        } catch (IllegalStateException e) {
            throw new ToleranceRefused(e.getMessage(), e);
        }
        clients.save(lowered);
        ToleranceFile.Acceptance acceptance = new ToleranceFile.Acceptance(zone, suggestion.currentFactor(),
                suggestion.suggestedFactor(), by, clockEpochMs.getAsLong(), sessionId, suggestion.lowestStop());
        List<ToleranceFile.Acceptance> acceptances = new ArrayList<>(view.file().acceptances());
        acceptances.add(acceptance);
        ToleranceFile file = view.file();
        write(new ToleranceFile(clientId, file.stops(), file.scanned(), file.skipped(), acceptances));
        return new Accepted(lowered, acceptance);
    }

    /** The stored file with every session of the client not read yet (or grown since) read in; saved when changed. */
    private ToleranceFile refresh(String clientId) throws IOException {
        ToleranceFile file = read(clientId);
        if (archive == null) {
            return file;
        }
        List<ToleranceStop> stops = new ArrayList<>(file.stops());
        Map<String, Long> scanned = new LinkedHashMap<>(file.scanned());
        List<String> skipped = new ArrayList<>(file.skipped());
        boolean changed = false;
        for (SessionSummary summary : archive.list()) {
            if (!clientId.equals(summary.clientId()) || summary.unreadable() != null
                    || Long.valueOf(summary.journalBytes()).equals(scanned.get(summary.id()))) {
                continue;
            }
            SessionData session = archive.load(summary.id());
            ToleranceHarvest.Result found = ToleranceHarvest.of(session);
            stops.removeIf(stop -> stop.sessionId().equals(session.id()));
            skipped.removeIf(line -> line.startsWith("session " + session.id() + ","));
            stops.addAll(found.stops());
            skipped.addAll(found.skipped());
            scanned.put(summary.id(), summary.journalBytes());
            changed = true;
        }
        if (!changed) {
            return file;
        }
        stops.sort(java.util.Comparator.comparingLong(ToleranceStop::epochMs));
        ToleranceFile updated = new ToleranceFile(clientId, stops, scanned, skipped, file.acceptances());
        write(updated);
        return updated;
    }

    private ToleranceFile read(String clientId) {
        Path file = fileOf(clientId);
        if (!Files.isRegularFile(file)) {
            return ToleranceFile.empty(clientId);
        }
        try {
            ToleranceFile read = JSON.readValue(file.toFile(), ToleranceFile.class);
            if (!read.clientId().equals(clientId)) {
                throw new ToleranceRefused(file + ": clientId is '" + read.clientId() + "', the file is named for '"
                        + clientId + "'");
            }
            return read;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ToleranceRefused refused) {
                throw refused;
            }
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new ToleranceRefused(file + ": cannot be read (" + why + "); it is left as it is", e);
        }
    }

    private void write(ToleranceFile file) throws IOException {
        AtomicFiles.write(fileOf(file.clientId()), JSON.writeValueAsString(file));
    }
}
