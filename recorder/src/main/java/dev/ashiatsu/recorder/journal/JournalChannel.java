package dev.ashiatsu.recorder.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a journal's bytes go: a file, in production; a file that fills up, in tests. Used by the
 * writer thread only.
 */
public interface JournalChannel extends Closeable {

    /** Opens (creating if needed) a journal file for writing; nothing is written yet. */
    @FunctionalInterface
    interface Opener {
        JournalChannel open(Path file) throws IOException;
    }

    /** The file's length in bytes. */
    long size() throws IOException;

    /** Writes {@code length} bytes at {@code position}; all of them, or throws. */
    void write(byte[] bytes, int length, long position) throws IOException;

    /** Makes what was written durable (fsync). */
    void force() throws IOException;

    /** Cuts the file to {@code size} bytes (removes a half-written record). */
    void truncate(long size) throws IOException;
}
