package dev.ashiatsu.dashboard.store;

import dev.ashiatsu.core.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One directory of profiles, one file per profile named after its id ({@code <id>.yaml}; {@code .yml} and
 * {@code .json} are read too). Writes are atomic. Thread-safe: methods synchronize on the store.
 *
 * @param <T> the profile type
 */
public final class ProfileStore<T> {

    /** Ids are file names: letters, digits, '-' and '_', up to 64 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final Path dir;
    private final Function<Path, T> reader;
    private final Function<T, String> writer;
    private final Function<T, String> idOf;

    public ProfileStore(Path dir, Function<Path, T> reader, Function<T, String> writer, Function<T, String> idOf) {
        this.dir = dir;
        this.reader = reader;
        this.writer = writer;
        this.idOf = idOf;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Every usable profile, by id. A file the reader refuses (a syntax error, an unknown or misspelt field,
     * a number out of range) is left out and its error, naming the file and the field, is added to
     * {@code problems}: a profile with a bad limit is never offered for monitoring.
     */
    public synchronized List<T> list(List<String> problems) {
        List<T> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                if (EXTENSIONS.stream().anyMatch(ext -> file.getFileName().toString().endsWith(ext))) {
                    try {
                        all.add(read(file));
                    } catch (ConfigException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        all.sort(Comparator.comparing(idOf));
        return all;
    }

    /** Whether a file of this id exists, readable or not (so a broken profile can be replaced). */
    public synchronized boolean exists(String id) {
        return fileOf(id).isPresent();
    }

    /** The profile of this id; a {@link ConfigException} naming the file when its file is refused. */
    public synchronized Optional<T> find(String id) {
        return fileOf(id).map(this::read);
    }

    /** The file's profile; a {@link ConfigException} when the reader refuses it or its id is not the file's name. */
    private T read(Path file) {
        T profile = reader.apply(file);
        String name = file.getFileName().toString();
        String fileId = name.substring(0, name.lastIndexOf('.'));
        String id = idOf.apply(profile);
        if (!fileId.equals(id)) {
            throw new ConfigException(file + ": id: is '" + id + "', but the file is named " + fileId
                    + ": a profile's id must be its file's name");
        }
        return profile;
    }

    /** Writes the profile, replacing any file of the same id. */
    public synchronized void save(T profile) throws IOException {
        String id = idOf.apply(profile);
        if (!isValidId(id)) {
            throw new IllegalArgumentException("id must be 1-64 letters, digits, '-' or '_', was '" + id + "'");
        }
        Path target = dir.resolve(id + ".yaml");
        AtomicFiles.write(target, writer.apply(profile));
        for (String ext : EXTENSIONS) {
            Path other = dir.resolve(id + ext);
            if (!other.equals(target)) {
                Files.deleteIfExists(other);
            }
        }
    }

    /** Deletes the profile; false when there was none. */
    public synchronized boolean delete(String id) throws IOException {
        boolean any = false;
        for (String ext : EXTENSIONS) {
            if (isValidId(id)) {
                any |= Files.deleteIfExists(dir.resolve(id + ext));
            }
        }
        return any;
    }

    private Optional<Path> fileOf(String id) {
        if (!isValidId(id)) {
            return Optional.empty();
        }
        return EXTENSIONS.stream().map(ext -> dir.resolve(id + ext)).filter(Files::isRegularFile).findFirst();
    }
}
