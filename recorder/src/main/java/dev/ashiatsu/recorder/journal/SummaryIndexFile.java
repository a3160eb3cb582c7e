package dev.ashiatsu.recorder.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A first line naming the format, then one JSON object per line ({@link Stamped}, the summary as in its
 * summary file): a field added to {@link SessionSummary} travels without a change here, and an index written
 * before it reads with that field empty (null), as an older summary file does.
 */
final class SummaryIndexFile {

    static final String NAME = "list.index";
    private static final String HEADER = "ashiatsu session list index 2";

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
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                throw new IOException(file + ": not a session list index");
            }
            ObjectReader reader = JournalJson.MAPPER.readerFor(Stamped.class);
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                Stamped entry;
                try {
                    entry = reader.readValue(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ": line " + lineNumber + ": " + e.getOriginalMessage(), e);
                }
                if (entry == null || entry.summary() == null || entry.summary().id() == null) {
                    throw new IOException(file + ": line " + lineNumber + ": no summary");
                }
                entries.put(entry.summary().id(), entry);
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        return entries;
    }

    /** Writes the entries whole or not at all. */
    static void write(Path file, Iterable<Stamped> entries, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(400 * count + 64);
        ObjectWriter writer = JournalJson.MAPPER.writerFor(Stamped.class);
        bytes.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (Stamped entry : entries) {
            bytes.write(writer.writeValueAsBytes(entry));
            bytes.write('\n');
        }
        SessionStore.writeAtomically(file, bytes.toByteArray());
    }
}
