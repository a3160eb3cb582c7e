package dev.ashiatsu.recorder.journal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Appends framed records to one session's journal. After a failed write it cuts the file back to the
 * last whole record before writing again, so a half-written record never sits between good ones.
 * Writer thread only.
 */
final class JournalAppender implements Closeable {

    private final JournalChannel channel;
    private final JournalFormat format;
    private final ByteWriter frame = new ByteWriter(4096);
    private long goodSize;
    private boolean dirty;

    /** @param goodSize the length of the file's valid content (the magic alone for a new file) */
    private JournalAppender(JournalChannel channel, JournalFormat format, long goodSize) {
        this.channel = channel;
        this.format = format;
        this.goodSize = goodSize;
    }

    /** Starts a new journal in the current format: writes the magic. */
    static JournalAppender create(JournalChannel channel) throws IOException {
        try {
            JournalAppender appender = new JournalAppender(channel, JournalFormat.CURRENT, 0);
            appender.dirty = channel.size() > 0;
            appender.writeRaw(RecordFraming.MAGIC, RecordFraming.MAGIC.length);
            return appender;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Continues an existing journal, in its own format, whose valid content ends at {@code validEnd}. */
    static JournalAppender resume(JournalChannel channel, JournalFormat format, long validEnd) throws IOException {
        JournalAppender appender = new JournalAppender(channel, format, validEnd);
        appender.dirty = channel.size() != validEnd;
        return appender;
    }

    void append(RecordType type, byte[] payload, int length) throws IOException {
        frame.reset();
        RecordFraming.frame(format, type, payload, length, frame);
        writeRaw(frame.array(), frame.size());
    }

    void force() throws IOException {
        channel.force();
    }

    long size() {
        return goodSize;
    }

    private void writeRaw(byte[] bytes, int length) throws IOException {
        if (dirty) {
            channel.truncate(goodSize);
            dirty = false;
        }
        try {
            channel.write(bytes, length, goodSize);
        } catch (IOException | RuntimeException e) {
            dirty = true;
            throw e;
        }
        goodSize += length;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
