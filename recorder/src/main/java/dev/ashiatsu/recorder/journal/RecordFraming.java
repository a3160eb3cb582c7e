package dev.ashiatsu.recorder.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The journal's byte layout, pure (no I/O).
 *
 * <pre>
 * file   := magic record*                                        magic: "ASHJRNL2" (or "ASHJRNL1", see JournalFormat)
 * record := SYNC length:u32le type:u8 payload[length] crc:u32le  v2: crc = CRC32 of length, type and payload
 *         | length:u32le type:u8 payload[length] crc:u32le       v1: crc = CRC32 of type and payload
 * </pre>
 *
 * A reader keeps every record whose framing and checksum are intact. A damaged stretch (a flipped bit, an
 * overwrite) is skipped: the reader resynchronises on the next intact record (v2: the next {@link #SYNC}
 * that starts one; v1: the next byte that does) and reports the stretch as {@link Damage}. Bytes after the
 * last intact record are the torn tail of a write cut short (or still being written), not damage.
 */
public final class RecordFraming {

    /** The first bytes of a journal written now. */
    public static final byte[] MAGIC = JournalFormat.CURRENT.magic();
    /** No record is longer than this; a longer length field is corruption. */
    public static final int MAX_PAYLOAD = 16 << 20;
    /** Starts every v2 record: bytes that JSON never holds and random data seldom does (2^-32 a position). */
    static final byte[] SYNC = {(byte) 0xE5, (byte) 0x4A, (byte) 0x52, (byte) 0x9C};

    private RecordFraming() {
    }

    /** Appends one framed record, in {@code format}'s layout, to {@code out}. */
    static void frame(JournalFormat format, RecordType type, byte[] payload, int length, ByteWriter out) {
        if (length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("record payload of " + length + " bytes exceeds " + MAX_PAYLOAD);
        }
        int start = out.size();
        if (format.hasSync()) {
            out.bytes(SYNC, 0, SYNC.length);
        }
        int checked = out.size();
        out.i32(length);
        out.u8(type.code());
        out.bytes(payload, 0, length);
        CRC32 crc = new CRC32();
        if (format.hasSync()) {
            crc.update(out.array(), checked, 5 + length);
        } else {
            crc.update(out.array(), checked + 4, 1 + length);
        }
        out.i32((int) crc.getValue());
        assert out.size() - start == format.overhead() + length;
    }

    /**
     * Parses the intact records in {@code data}, which holds {@code length} bytes of the file from
     * {@code fileOffset} on (just after the magic, or a record boundary). Records of an unknown type are
     * skipped (a newer writer), not treated as damage. Never throws on any content.
     */
    public static Scan scan(JournalFormat format, byte[] data, int length, long fileOffset) {
        List<JournalRecord> records = new ArrayList<>();
        List<Damage> damage = new ArrayList<>();
        int at = 0;
        while (at < length) {
            int end = recordEnd(format, data, length, at);
            if (end < 0) {
                int next = nextRecord(format, data, length, at + 1);
                if (next < 0) {
                    break;
                }
                damage.add(new Damage(fileOffset + at, next - at, null, null));
                at = next;
                continue;
            }
            RecordType type = RecordType.of(data[payloadAt(format, at) - 1] & 0xFF);
            if (type != null) {
                int payloadLength = readInt(data, payloadAt(format, at) - 5);
                byte[] payload = new byte[payloadLength];
                System.arraycopy(data, payloadAt(format, at), payload, 0, payloadLength);
                records.add(new JournalRecord(type, payload, fileOffset + at, fileOffset + end));
            }
            at = end;
        }
        return new Scan(records, fileOffset + at, length - at, damage);
    }

    /** Where the payload of a record starting at {@code at} begins. */
    private static int payloadAt(JournalFormat format, int at) {
        return at + (format.hasSync() ? SYNC.length : 0) + 5;
    }

    /** The end of the intact record at {@code at}, or -1 when none starts there (damaged or incomplete). */
    private static int recordEnd(JournalFormat format, byte[] data, int length, int at) {
        if (length - at < format.overhead()) {
            return -1;
        }
        int header = at;
        if (format.hasSync()) {
            for (int i = 0; i < SYNC.length; i++) {
                if (data[at + i] != SYNC[i]) {
                    return -1;
                }
            }
            header += SYNC.length;
        }
        int payloadLength = readInt(data, header);
        if (payloadLength < 0 || payloadLength > MAX_PAYLOAD || length - at - format.overhead() < payloadLength) {
            return -1;
        }
        CRC32 crc = new CRC32();
        if (format.hasSync()) {
            crc.update(data, header, 5 + payloadLength);
        } else {
            crc.update(data, header + 4, 1 + payloadLength);
        }
        if ((int) crc.getValue() != readInt(data, header + 5 + payloadLength)) {
            return -1;
        }
        return header + 5 + payloadLength + 4;
    }

    /** The first position from {@code from} on where an intact record starts, -1 if none. */
    private static int nextRecord(JournalFormat format, byte[] data, int length, int from) {
        for (int at = from; length - at >= format.overhead(); at++) {
            if (format.hasSync() ? data[at] != SYNC[0] : RecordType.of(data[at + 4] & 0xFF) == null) {
                continue;
            }
            if (recordEnd(format, data, length, at) > 0) {
                return at;
            }
        }
        return -1;
    }

    private static int readInt(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    /**
     * @param records       every intact record, in file order
     * @param validEnd      the file offset just after the last intact record
     * @param trailingBytes bytes after {@code validEnd}: a torn or still-being-written record
     * @param damage        the damaged stretches skipped between intact records, in file order
     */
    public record Scan(List<JournalRecord> records, long validEnd, int trailingBytes, List<Damage> damage) {
    }
}
