package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files of the session directory, all named by session id:
 * <pre>
 *   ID.journal       the journal (append-only)
 *   ID.summary.json  the list entry, valid while its journalBytes equals the journal's length
 *   ID.digest.json   what the review page opens with (SessionDigest), valid under the same rule
 *   ID.upload        the InfluxDB upload cursor: the journal offset up to which records are uploaded
 * </pre>
 */
public final class JournalFiles {

    /** Session ids are made by the recorder: {@code yyyyMMdd-HHmmss-xxxx}; anything else is refused. */
    public static final Pattern ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}");

    private JournalFiles() {
    }

    public static Path journal(Path dir, String id) {
        return dir.resolve(id + ".journal");
    }

    public static Path summary(Path dir, String id) {
        return dir.resolve(id + ".summary.json");
    }

    public static Path digest(Path dir, String id) {
        return dir.resolve(id + ".digest.json");
    }

    public static Path uploadCursor(Path dir, String id) {
        return dir.resolve(id + ".upload");
    }

    /** The id of a journal file name, or null if it is not one. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".journal")) {
            return null;
        }
        String id = name.substring(0, name.length() - ".journal".length());
        return ID.matcher(id).matches() ? id : null;
    }

    /**
     * Reads a journal's intact records from {@code offset} (a record boundary, at least the magic's length)
     * on, skipping damaged stretches. A journal whose magic is damaged is read whole to find its format.
     */
    public static RecordFraming.Scan scan(Path journal, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            byte[] head = read(channel, 0, JournalFormat.MAGIC_LENGTH);
            JournalFormat format = JournalFormat.ofMagic(head, head.length);
            long start = Math.max(offset, JournalFormat.MAGIC_LENGTH);
            if (format == null) {
                byte[] whole = read(channel, 0, channel.size());
                if (whole.length < JournalFormat.MAGIC_LENGTH) {
                    return new RecordFraming.Scan(List.of(), start, 0, List.of());
                }
                RecordFraming.Scan scan = JournalContent.of(whole, whole.length).scan();
                return new RecordFraming.Scan(scan.records().stream().filter(r -> r.offset() >= start).toList(),
                        Math.max(start, scan.validEnd()), scan.trailingBytes(),
                        scan.damage().stream().filter(d -> d.offset() >= start).toList());
            }
            byte[] body = read(channel, start, channel.size() - start);
            return RecordFraming.scan(format, body, body.length, start);
        }
    }

    /** The format a journal is written in (for appending to it); a damaged magic is guessed from the records. */
    static JournalFormat format(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        JournalFormat format = JournalFormat.ofMagic(bytes, bytes.length);
        return format != null ? format : JournalContent.of(bytes, bytes.length).format();
    }

    private static byte[] read(FileChannel channel, long position, long length) throws IOException {
        if (length <= 0) {
            return new byte[0];
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("journal too large to read at once (" + length + " bytes)");
        }
        byte[] bytes = new byte[(int) length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.position() == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, buffer.position());
    }

    /**
     * Cuts a torn tail (a record half-written when the power went, or a damaged last record) off a journal
     * that nobody is writing, and records the cut in the journal itself (a CUT record) so the loss stays
     * reported. A journal without any intact record is left as it is.
     *
     * @return the bytes cut (0 when the tail was whole) and whether any other stretch is damaged
     */
    public static Repair cutTornTail(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        JournalContent content = JournalContent.of(bytes, bytes.length);
        RecordFraming.Scan scan = content.scan();
        long cut = bytes.length - scan.validEnd();
        boolean damaged = !content.damage().isEmpty();
        if (cut <= 0 || scan.records().isEmpty()) {
            return new Repair(0, damaged);
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(scan.validEnd());
            ByteWriter record = new ByteWriter(128);
            byte[] payload = JournalJson.write(new JournalJson.CutRecord(scan.validEnd(), cut,
                    "cut at start-up: a torn or damaged tail"));
            RecordFraming.frame(content.format(), RecordType.CUT, payload, payload.length, record);
            ByteBuffer buffer = ByteBuffer.wrap(record.array(), 0, record.size());
            long at = scan.validEnd();
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            channel.force(true);
        }
        return new Repair(cut, damaged);
    }

    /**
     * What {@link #cutTornTail} did and found.
     *
     * @param cutBytes bytes cut off the end
     * @param damaged  true when a stretch before the tail is damaged (skipped by readers)
     */
    public record Repair(long cutBytes, boolean damaged) {
    }
}
