package dev.ashiatsu.recorder.journal;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells every session list index of this process ({@link SummaryIndex}) over a directory that one of its
 * journals was just changed by this process (the writer appended to it, start-up recovery cut it), so the
 * next list summarizes it again without looking at the disk for the others. Several stores may read the
 * same directory (the review routes', the tolerances'); each is told. Indexes are held weakly: a store
 * nobody uses any more is not kept alive. Thread-safe.
 */
final class JournalChanges {

    private static final Map<Path, List<WeakReference<SummaryIndex>>> INDEXES = new HashMap<>();

    private JournalChanges() {
    }

    /** From now on, {@code index} is told of changes to the journals in {@code dir}. */
    static synchronized void register(Path dir, SummaryIndex index) {
        List<WeakReference<SummaryIndex>> indexes = INDEXES.computeIfAbsent(key(dir), k -> new ArrayList<>());
        indexes.removeIf(ref -> ref.get() == null);
        indexes.add(new WeakReference<>(index));
    }

    /** Journal {@code id} in {@code dir} was written to by this process; call once the write is done. */
    static void changed(Path dir, String id) {
        List<SummaryIndex> told = new ArrayList<>();
        synchronized (JournalChanges.class) {
            List<WeakReference<SummaryIndex>> indexes = INDEXES.get(key(dir));
            if (indexes == null) {
                return;
            }
            indexes.removeIf(ref -> ref.get() == null);
            indexes.forEach(ref -> {
                SummaryIndex index = ref.get();
                if (index != null) {
                    told.add(index);
                }
            });
        }
        told.forEach(index -> index.changed(id));
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
