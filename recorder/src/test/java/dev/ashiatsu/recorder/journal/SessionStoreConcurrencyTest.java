package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.recorder.SimulatedSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries and cursors are written by several threads at once (HTTP list, journal writer, uploader). */
class SessionStoreConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersOfOneFileNeverFailAndLeaveOneWholeVersion() throws Exception {
        Path file = dir.resolve("20261122-034000-abcd.upload");
        Set<String> written = runTogether(thread -> {
            String last = null;
            for (int round = 0; round < ROUNDS; round++) {
                last = ("writer " + thread + " round " + round + " ").repeat(50) + "\n";
                SessionStore.writeAtomically(file, last.getBytes(StandardCharsets.UTF_8));
            }
            return last;
        });
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains(content), "the file holds one writer's last version whole, not: " + content);
        assertEquals(List.of(file), files(), "no temporary file is left behind");
    }

    @Test
    void concurrentSummariesOfOneSessionNeverFailAndLeaveAValidFile() throws Exception {
        SessionStore store = new SessionStore(dir);
        SimulatedSession sim = new SimulatedSession();
        String id;
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            sim.recordingTo(recorder);
            id = recorder.begin(sim.info(1_763_776_800_000L));
            sim.run(2_000);
            recorder.end(sim.timeMs());
        }
        Path summaryFile = JournalFiles.summary(dir, id);
        Set<String> ids = runTogether(thread -> {
            for (int round = 0; round < 20; round++) {
                Files.deleteIfExists(summaryFile);
                new SessionStore(dir).summary(id);
            }
            return id;
        });
        assertEquals(Set.of(id), ids);
        SessionSummary saved = JournalJson.MAPPER.readValue(summaryFile.toFile(), SessionSummary.class);
        assertEquals(Files.size(JournalFiles.journal(dir, id)), saved.journalBytes());
        assertEquals(id, saved.id());
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(List.of(), listing.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    /** Runs the task on every thread, all released at once; rethrows the first failure. */
    private static Set<String> runTogether(ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<String>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int number = thread;
                Callable<String> call = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.run(number);
                };
                results.add(pool.submit(call));
            }
            Set<String> values = new java.util.HashSet<>();
            for (Future<String> result : results) {
                values.add(result.get(60, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.collect(Collectors.toList());
        }
    }

    private interface ThreadTask {
        String run(int thread) throws Exception;
    }
}
