package dev.ashiatsu.recorder.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The journal's byte layout, pure (no I/O).
 *
 * <pre>
 * file   := MAGIC record*
 * record := length:u32le type:u8 payload[length] crc:u32le      crc = CRC32 of type and payload
 * </pre>
 *
 * A reader accepts records up to the first one that is incomplete, too long or fails its checksum: that
 * is the torn tail of a write cut short (a power cut), and everything from there on is discarded.
 */
public final class RecordFraming {

    /** The first bytes of every journal file: "ASHJRNL" and the format version 1. */
    public static final byte[] MAGIC = "ASHJRNL1".getBytes(StandardCharsets.US_ASCII);
    /** No record is longer than this; a longer length field is corruption. */
    public static final int MAX_PAYLOAD = 16 << 20;
    static final int OVERHEAD = 9;

    private RecordFraming() {
    }

    /** Appends one framed record to {@code out}. */
    static void frame(RecordType type, byte[] payload, int length, ByteWriter out) {
        if (length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("record payload of " + length + " bytes exceeds " + MAX_PAYLOAD);
        }
        CRC32 crc = new CRC32();
        crc.update(type.code());
        crc.update(payload, 0, length);
        out.i32(length);
        out.u8(type.code());
        out.bytes(payload, 0, length);
        out.i32((int) crc.getValue());
    }

    /**
     * Parses the whole records in {@code data}, which holds the file's bytes from {@code fileOffset} on.
     * Records of an unknown type are skipped (a newer writer), not treated as corruption.
     */
    public static Scan scan(byte[] data, int length, long fileOffset) {
        List<JournalRecord> records = new ArrayList<>();
        int at = 0;
        while (length - at >= OVERHEAD) {
            int payloadLength = readInt(data, at);
            if (payloadLength < 0 || payloadLength > MAX_PAYLOAD || length - at < OVERHEAD + payloadLength) {
                break;
            }
            int typeCode = data[at + 4] & 0xFF;
            CRC32 crc = new CRC32();
            crc.update(data, at + 4, 1 + payloadLength);
            if ((int) crc.getValue() != readInt(data, at + 5 + payloadLength)) {
                break;
            }
            int next = at + OVERHEAD + payloadLength;
            RecordType type = RecordType.of(typeCode);
            if (type != null) {
                byte[] payload = new byte[payloadLength];
                System.arraycopy(data, at + 5, payload, 0, payloadLength);
                records.add(new JournalRecord(type, payload, fileOffset + at, fileOffset + next));
            }
            at = next;
        }
        return new Scan(records, fileOffset + at, length - at);
    }

    private static int readInt(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    /**
     * @param validEnd      the file offset just after the last good record
     * @param trailingBytes bytes after {@code validEnd}: a torn or still-being-written record
     */
    public record Scan(List<JournalRecord> records, long validEnd, int trailingBytes) {
    }
}
