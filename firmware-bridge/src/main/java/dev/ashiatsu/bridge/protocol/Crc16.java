package dev.ashiatsu.bridge.protocol;

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, not reflected, xorout 0 ({@code "123456789"} gives 0x29B1). */
public final class Crc16 {

    private static final int[] TABLE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            int crc = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[b] = crc & 0xFFFF;
        }
    }

    private Crc16() {
    }

    /** The CRC of {@code length} bytes of {@code bytes} from {@code from}. */
    public static int of(byte[] bytes, int from, int length) {
        int crc = 0xFFFF;
        for (int i = from; i < from + length; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ bytes[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** The CRC of the ASCII characters of a line body. */
    public static int of(CharSequence ascii) {
        int crc = 0xFFFF;
        for (int i = 0; i < ascii.length(); i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ ascii.charAt(i)) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }
}
