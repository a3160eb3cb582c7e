package dev.ashiatsu.recorder.journal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session list's index on disk ({@code DATA/sessions/list.index}): every settled summary with the length
 * and modification time of the journal it was made from, so a start lists 10,000 sessions from one file
 * instead of 10,000 summary files. Only a cache: entries are used only while their journal still has that
 * length and time, and a missing, damaged or foreign file is ignored (the summaries are read instead).
 * Binary ({@link DataOutputStream}): a magic, the entry count, then per entry the stamp and the summary's
 * fields in record order (texts with a presence flag).
 */
final class SummaryIndexFile {

    static final String NAME = "list.index";
    private static final long MAGIC = 0x4153484C49535431L; // "ASHLIST1"

    /** A summary and the journal's length and modification time (ms) it was made from. */
    record Stamped(SessionSummary summary, long journalBytes, long modifiedMs) {
    }

    private SummaryIndexFile() {
    }

    static Path of(Path dir) {
        return dir.resolve(NAME);
    }

    /** The entries by id; empty when there is no file. An unreadable file is an IOException saying why. */
    static Map<String, Stamped> read(Path file) throws IOException {
        Map<String, Stamped> entries = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readLong() != MAGIC) {
                throw new IOException(file + ": not a session list index");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException(file + ": entry count " + count);
            }
            for (int i = 0; i < count; i++) {
                long bytes = in.readLong();
                long modified = in.readLong();
                SessionSummary summary = new SessionSummary(in.readUTF(), text(in), text(in), text(in), text(in),
                        text(in), text(in), in.readLong(), in.readDouble(), in.readLong(), in.readDouble(),
                        in.readDouble(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean(), in.readLong(),
                        in.readLong(), in.readLong(), in.readDouble(), text(in));
                entries.put(summary.id(), new Stamped(summary, bytes, modified));
            }
            if (in.read() != -1) {
                throw new IOException(file + ": bytes after the last entry");
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (EOFException e) {
            throw new IOException(file + ": cut short", e);
        }
        return entries;
    }

    /** Writes the entries whole or not at all. */
    static void write(Path file, Iterable<Stamped> entries, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * count + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeInt(count);
            for (Stamped entry : entries) {
                SessionSummary s = entry.summary();
                out.writeLong(entry.journalBytes());
                out.writeLong(entry.modifiedMs());
                out.writeUTF(s.id());
                text(out, s.clientId());
                text(out, s.clientName());
                text(out, s.practitionerId());
                text(out, s.practitionerName());
                text(out, s.table());
                text(out, s.source());
                out.writeLong(s.startedAt());
                out.writeDouble(s.durationS());
                out.writeLong(s.frames());
                out.writeDouble(s.peakAppliedKg());
                out.writeDouble(s.secondsOverLimit());
                out.writeInt(s.alarmCount());
                out.writeInt(s.highAlarmCount());
                out.writeInt(s.noteCount());
                out.writeBoolean(s.ended());
                out.writeLong(s.framesLost());
                out.writeLong(s.journalBytes());
                out.writeLong(s.damagedBytes());
                out.writeDouble(s.damagedSpanS());
                text(out, s.unreadable());
            }
        }
        SessionStore.writeAtomically(file, bytes.toByteArray());
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** A text and whether it is there; texts longer than writeUTF takes are cut (names and reasons are short). */
    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text.length() > 10_000 ? text.substring(0, 10_000) : text);
        }
    }
}
