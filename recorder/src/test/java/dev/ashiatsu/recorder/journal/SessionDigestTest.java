package dev.ashiatsu.recorder.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.recorder.SimulatedSession;
import dev.ashiatsu.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-session digest ({@code ID.digest.json}): written when a session ends, read back exactly, rebuilt
 * when the journal changes, and never trusted when damaged or written in another shape (the frames are read
 * instead: the answer is the one the whole session gives).
 */
class SessionDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RecordedJournal journal;
    private SessionStore store;
    private Path file;

    @BeforeEach
    void recordASession() throws Exception {
        journal = RecordedJournal.record(dir, 40);
        store = new SessionStore(dir);
        file = JournalFiles.digest(dir, journal.id());
    }

    @Test
    void theEndOfASessionWritesItsDigestWhichReadsBackAsMadeFromTheFrames() throws Exception {
        assertTrue(Files.isRegularFile(file), "written when the session ended");
        SessionDigest fromFrames = SessionDigest.of(store.load(journal.id()));
        SessionDigest read = DigestJson.read(Files.readAllBytes(file));
        assertSame(fromFrames, read);
        assertTrue(read.alarms().size() >= 2 && read.notes().size() >= 3, "alarms and notes travel");
        assertEquals(journal.session().frames(), read.chart().frames());
        assertFalse(read.stats().zones().isEmpty(), "per-zone statistics travel");
    }

    @Test
    void aCurrentDigestFileIsWhatTheStoreAnswers() throws Exception {
        byte[] edited = edit(node -> {
            ((ObjectNode) node.get("summary")).put("clientName", "from the digest file");
            return node;
        });
        Files.write(file, edited);
        newerThanTheJournal();
        assertEquals("from the digest file", store.digest(journal.id()).summary().clientName(),
                "no frame is read while the digest is current");
    }

    @Test
    void aNoteAddedAfterTheEndMakesTheDigestStaleAndItIsRebuilt() throws Exception {
        int notes = store.digest(journal.id()).notes().size();
        try (JournalRecorder recorder = new JournalRecorder(store)) {
            recorder.note(journal.id(), 1_000, "added in review").get();
        }
        SessionDigest rebuilt = store.digest(journal.id());
        assertEquals(notes + 1, rebuilt.notes().size());
        assertEquals(notes + 1, rebuilt.summary().noteCount());
        assertSame(rebuilt, DigestJson.read(Files.readAllBytes(file)));
        assertEquals(Files.size(JournalFiles.journal(dir, journal.id())), rebuilt.summary().journalBytes());
    }

    @Test
    void aSessionBeingRecordedGetsADigestButNoFileUntilItEnds() throws Exception {
        Path live = dir.resolve("live");
        SessionStore liveStore = new SessionStore(live);
        SimulatedSession sim = new SimulatedSession();
        try (JournalRecorder recorder = new JournalRecorder(liveStore)) {
            sim.recordingTo(recorder);
            String id = recorder.begin(sim.info(JournalRecorderTest.STARTED_AT));
            sim.run(5_000);
            Await.value(Duration.ofSeconds(10), () -> liveStore.exists(id) ? liveStore.load(id).frames() : 0,
                    frames -> frames > 0, "frames on disk");
            SessionDigest running = liveStore.digest(id);
            assertTrue(running.endMs() == null && running.frames() > 0, "the digest of what is recorded so far");
            assertFalse(Files.exists(JournalFiles.digest(live, id)), "not saved while the journal grows");
            recorder.end(sim.timeMs());
            Await.until(() -> Files.exists(JournalFiles.digest(live, id)), "the digest written at the end");
            assertTrue(liveStore.digest(id).endMs() != null);
        }
    }

    @Test
    void aDamagedDigestFileIsRebuiltFromTheFramesNeverTrusted() throws Exception {
        SessionDigest truth = SessionDigest.of(store.load(journal.id()));
        byte[] whole = Files.readAllBytes(file);
        List<byte[]> damaged = List.of(
                Arrays.copyOf(whole, whole.length / 2),
                "not json".getBytes(StandardCharsets.UTF_8),
                flipped(whole, whole.length - 40),
                digitChanged(whole, "\"peakAppliedKg\":"),
                edit(header -> header.put("shape", "0000000000000000"), body -> body),
                edit(header -> header.put("format", DigestJson.FORMAT + 1), body -> body),
                edit(node -> {
                    ((ObjectNode) node.get("stats")).remove("peakAppliedKg");
                    return node;
                }),
                edit(node -> {
                    node.remove("worstZones");
                    return node;
                }),
                edit(node -> node.put("chart", "AAAA")));
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            newerThanTheJournal();
            SessionDigest answered = store.digest(journal.id());
            assertSame(truth, answered);
            assertSame(truth, DigestJson.read(Files.readAllBytes(file)));
        }
    }

    @Test
    void theChartColumnsKeepEveryDoubleExactly() {
        double[] t = {0, 12.5, 25.001, 1e15 + 0.5, Double.NaN, -0.0, 1.0 / 3};
        double[] applied = {Double.NaN, 0, -0.0, 12.34, 99999.99, Double.NEGATIVE_INFINITY, Math.PI};
        double[] limit = {Double.POSITIVE_INFINITY, 40, 40, 40.01, Double.NaN, 1e-300, Double.MAX_VALUE};
        ChartColumns decoded = ChartColumnsCodec.decode(ChartColumnsCodec.encode(new ChartColumns(t, applied, limit, 7)));
        assertArrayEquals(bits(t), bits(decoded.tMs()));
        assertArrayEquals(bits(applied), bits(decoded.appliedKg()));
        assertArrayEquals(bits(limit), bits(decoded.limitKg()));
        byte[] encoded = ChartColumnsCodec.encode(journal.session().chart());
        assertThrows(CorruptJournalException.class, () -> ChartColumnsCodec.decode(Arrays.copyOf(encoded, encoded.length - 3)));
    }

    private void newerThanTheJournal() throws IOException {
        FileTime journalTime = Files.getLastModifiedTime(JournalFiles.journal(dir, journal.id()));
        Files.setLastModifiedTime(file, FileTime.fromMillis(journalTime.toMillis() + 2_000));
    }

    /** The digest file with its header and body changed, the CRC made to match (so the other checks are what refuse it). */
    private byte[] edit(UnaryOperator<ObjectNode> header, UnaryOperator<ObjectNode> body) throws IOException {
        String[] lines = Files.readString(file).split("\n", 2);
        byte[] changed = JSON.writeValueAsBytes(body.apply((ObjectNode) JSON.readTree(lines[1])));
        CRC32 crc = new CRC32();
        crc.update(changed);
        ObjectNode head = header.apply(((ObjectNode) JSON.readTree(lines[0])).put("crc32", Long.toHexString(crc.getValue())));
        return (JSON.writeValueAsString(head) + "\n" + new String(changed, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] edit(UnaryOperator<ObjectNode> body) throws IOException {
        return edit(UnaryOperator.identity(), body);
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x04;
        return copy;
    }

    /** The first digit after {@code field} changed: still valid JSON, a wrong number. */
    private static byte[] digitChanged(byte[] bytes, String field) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(field, text.indexOf('\n')) + field.length();
        char digit = text.charAt(at);
        assertTrue(Character.isDigit(digit), text.substring(at, at + 10));
        return (text.substring(0, at) + (digit == '9' ? '1' : (char) (digit + 1)) + text.substring(at + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    /** The same digest: the same JSON (every field) and bit for bit the same chart columns. */
    private static void assertSame(SessionDigest expected, SessionDigest actual) {
        assertEquals(new String(DigestJson.write(expected), StandardCharsets.UTF_8),
                new String(DigestJson.write(actual), StandardCharsets.UTF_8));
        assertArrayEquals(bits(Arrays.copyOf(expected.chart().tMs(), expected.frames())), bits(actual.chart().tMs()));
        assertArrayEquals(bits(Arrays.copyOf(expected.chart().appliedKg(), expected.frames())), bits(actual.chart().appliedKg()));
        assertArrayEquals(bits(Arrays.copyOf(expected.chart().limitKg(), expected.frames())), bits(actual.chart().limitKg()));
    }
}
