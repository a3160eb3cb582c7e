package dev.ashiatsu.recorder.journal;

/** Reads what {@link ByteWriter} wrote; running past the end is a {@link CorruptJournalException}. */
final class ByteReader {

    private final byte[] bytes;
    private int position;
    private final int limit;

    ByteReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.limit = offset + length;
    }

    ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    int u8() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new CorruptJournalException("varint longer than 10 bytes");
    }

    long zigzag() {
        long raw = varint();
        return (raw >>> 1) ^ -(raw & 1);
    }

    long i64() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (long) (bytes[position++] & 0xFF) << (8 * i);
        }
        return value;
    }

    /** Bytes left to read. */
    int remaining() {
        return limit - position;
    }

    private void need(int count) {
        if (position + count > limit) {
            throw new CorruptJournalException("record ends in the middle of a value");
        }
    }
}
