package dev.ashiatsu.recorder.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A journal file on disk. */
public final class FileJournalChannel implements JournalChannel {

    private final FileChannel channel;

    private FileJournalChannel(FileChannel channel) {
        this.channel = channel;
    }

    public static JournalChannel open(Path file) throws IOException {
        return new FileJournalChannel(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void write(byte[] bytes, int length, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    @Override
    public void force() throws IOException {
        channel.force(false);
    }

    @Override
    public void truncate(long size) throws IOException {
        channel.truncate(size);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
