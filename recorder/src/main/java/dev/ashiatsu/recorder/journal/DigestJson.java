package dev.ashiatsu.recorder.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A {@link SessionDigest} as JSON ({@code ID.digest.json}, and InfluxDB's {@code ashiatsu_digest} points):
 * a header line {@code {"format", "shape", "crc32"}}, then the digest on one line.
 * Every field is written by Jackson from the records themselves, so a field added to {@link SessionStats}
 * (or any record the digest holds) travels without a change here. Reading is strict, so that a digest is
 * either exactly what was written or refused (the caller then reads the frames): an unknown or missing
 * field, a different {@link #FORMAT} or record shape (a digest written by another version: its
 * {@code shape} is a hash of every record component the digest holds, by name and type), or damaged chart
 * columns are all an {@link IOException}. The chart columns are {@link ChartColumnsCodec} bytes, in base64.
 */
public final class DigestJson {

    /** Raised when what a field means changes without its name or type changing. */
    public static final int FORMAT = 1;
    /** A hash of the digest's record components, recursively: differs whenever one is added, removed or retyped. */
    public static final String SHAPE = shapeOf(SessionDigest.class);

    private static final ObjectMapper MAPPER = JournalJson.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .registerModule(new SimpleModule("chart-columns")
                    .addSerializer(ChartColumns.class, new ChartSerializer())
                    .addDeserializer(ChartColumns.class, new ChartDeserializer()));

    /** The first line: what the second was written in, and its CRC-32 (hex). */
    private record Header(int format, String shape, String crc32) {
    }

    private DigestJson() {
    }

    /** Two lines: the {@link Header}, then the digest; UTF-8 JSON. */
    public static byte[] write(SessionDigest digest) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(digest);
            byte[] header = MAPPER.writeValueAsBytes(new Header(FORMAT, SHAPE, crc32(body, 0, body.length)));
            byte[] out = new byte[header.length + 1 + body.length];
            System.arraycopy(header, 0, out, 0, header.length);
            out[header.length] = '\n';
            System.arraycopy(body, 0, out, header.length + 1, body.length);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IOException naming what is wrong when the bytes are not a whole digest of this format and shape */
    public static SessionDigest read(byte[] bytes) throws IOException {
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        if (newline == bytes.length) {
            throw new IOException("no header line");
        }
        Header header = MAPPER.readValue(bytes, 0, newline, Header.class);
        if (header.format() != FORMAT || !SHAPE.equals(header.shape())) {
            throw new IOException("written in format " + header.format() + " shape " + header.shape()
                    + ", this version reads format " + FORMAT + " shape " + SHAPE);
        }
        int from = newline + 1;
        String crc = crc32(bytes, from, bytes.length - from);
        if (!crc.equals(header.crc32())) {
            throw new IOException("damaged: CRC-32 " + crc + ", written " + header.crc32());
        }
        try {
            return MAPPER.readValue(bytes, from, bytes.length - from, SessionDigest.class);
        } catch (CorruptJournalException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return Long.toHexString(crc.getValue());
    }

    private static final class ChartSerializer extends JsonSerializer<ChartColumns> {
        @Override
        public void serialize(ChartColumns chart, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeBinary(ChartColumnsCodec.encode(chart));
        }
    }

    private static final class ChartDeserializer extends JsonDeserializer<ChartColumns> {
        @Override
        public ChartColumns deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                return ChartColumnsCodec.decode(in.getBinaryValue());
            } catch (CorruptJournalException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** A short hash of the record components reachable from {@code type} (names and generic types). */
    static String shapeOf(Class<?> type) {
        StringBuilder text = new StringBuilder();
        describe(type, new LinkedHashSet<>(), text);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(Type type, Set<Type> seen, StringBuilder text) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), seen, text);
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, seen, text);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
            text.append(c.getName()).append('(');
            for (RecordComponent component : c.getRecordComponents()) {
                text.append(component.getName()).append(':').append(component.getGenericType().getTypeName()).append(',');
            }
            text.append(')');
            for (RecordComponent component : c.getRecordComponents()) {
                describe(component.getGenericType(), seen, text);
            }
        } else if (type instanceof Class<?> c && c.isArray()) {
            describe(c.getComponentType(), seen, text);
        }
    }
}
