package dev.ashiatsu.recorder.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The journal format versions, named by the file's first 8 bytes (its magic). Version 2 (written since
 * November 2026) starts every record with a 4-byte sync marker so that a reader finds the next record after
 * a damaged one at once; version 1 (no marker) is still read, and appended to in its own layout.
 */
public enum JournalFormat {
    /** {@code length type payload crc}: resynchronised by trying every byte (slower, still bounded by the CRC). */
    V1("ASHJRNL1", 9),
    /** {@code SYNC length type payload crc}. */
    V2("ASHJRNL2", 13);

    /** The length of every magic, bytes. */
    public static final int MAGIC_LENGTH = 8;
    /** The format new journals are written in. */
    public static final JournalFormat CURRENT = V2;

    private final byte[] magic;
    private final int overhead;

    JournalFormat(String magic, int overhead) {
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
        this.overhead = overhead;
    }

    byte[] magic() {
        return magic.clone();
    }

    /** Framing bytes a record adds to its payload. */
    int overhead() {
        return overhead;
    }

    boolean hasSync() {
        return this == V2;
    }

    /** The format whose magic {@code head} starts with, or null when the magic is not one of ours (damaged or foreign). */
    static JournalFormat ofMagic(byte[] head, int length) {
        if (length < MAGIC_LENGTH) {
            return null;
        }
        for (JournalFormat format : values()) {
            if (Arrays.equals(head, 0, MAGIC_LENGTH, format.magic, 0, MAGIC_LENGTH)) {
                return format;
            }
        }
        return null;
    }
}
