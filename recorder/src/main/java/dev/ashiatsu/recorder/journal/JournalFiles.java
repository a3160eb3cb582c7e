package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The files of the session directory, all named by session id:
 * <pre>
 *   ID.journal       the journal (append-only)
 *   ID.summary.json  the list entry, valid while its journalBytes equals the journal's length
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

    static boolean hasMagic(byte[] bytes) {
        return bytes.length >= RecordFraming.MAGIC.length
                && Arrays.equals(bytes, 0, RecordFraming.MAGIC.length, RecordFraming.MAGIC, 0, RecordFraming.MAGIC.length);
    }

    /** Reads a journal's whole records from {@code offset} (at least the magic's length) on. */
    public static RecordFraming.Scan scan(Path journal, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            long start = Math.max(offset, RecordFraming.MAGIC.length);
            long length = channel.size() - start;
            if (length <= 0) {
                return new RecordFraming.Scan(java.util.List.of(), start, 0);
            }
            if (length > Integer.MAX_VALUE - 16) {
                throw new IOException(journal + ": too large to read at once (" + length + " bytes)");
            }
            byte[] bytes = new byte[(int) length];
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // keep reading until the buffer is full or the file ends
            }
            return RecordFraming.scan(bytes, buffer.position(), start);
        }
    }

    /**
     * Cuts a torn tail (a record half-written when the power went) off a journal that nobody is writing.
     *
     * @return the bytes cut, 0 when the journal was whole
     */
    public static long cutTornTail(Path journal) throws IOException {
        byte[] head = new byte[RecordFraming.MAGIC.length];
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            int read = channel.read(java.nio.ByteBuffer.wrap(head), 0);
            if (read < head.length || !hasMagic(head)) {
                throw new CorruptJournalException(journal + ": not an ashiatsu journal (bad magic)");
            }
            RecordFraming.Scan scan = scan(journal, head.length);
            long size = channel.size();
            if (scan.validEnd() < size) {
                channel.truncate(scan.validEnd());
                channel.force(true);
                return size - scan.validEnd();
            }
            return 0;
        }
    }
}
