package dev.ashiatsu.recorder.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.SessionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON payloads of the INFO, ALARM, NOTE and END records. */
public final class JournalJson {

    /** Shared, configured once: unknown fields are ignored so that older readers read newer files. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private JournalJson() {
    }

    /** The first record of a session. */
    public record InfoRecord(int format, String id, SessionInfo info) {
    }

    /** The last record of a session that ended cleanly. */
    public record EndRecord(double tMs, long framesLost) {
    }

    /**
     * What the recorder could not write during one fault (disk full, queue overflow), written as soon as it
     * can write again.
     *
     * @param frames frames not recorded
     * @param events alarms or notes not recorded (the memory kept for them was full)
     * @param fromMs the frames lost lie after this moment (frame clock, ms); null if unknown
     * @param toMs   and before this one; null if unknown
     * @param reason e.g. "No space left on device"
     */
    public record LostRecord(long frames, long events, Double fromMs, Double toMs, String reason) {
    }

    /** Bytes cut off the end of the journal at start-up. */
    public record CutRecord(long atByte, long bytes, String reason) {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(JournalRecord record, Class<T> type) {
        try {
            return MAPPER.readValue(record.payload(), type);
        } catch (IOException e) {
            throw new CorruptJournalException(record.type() + " record at byte " + record.offset() + ": " + e.getMessage());
        }
    }

    static InfoRecord info(JournalRecord record) {
        return read(record, InfoRecord.class);
    }

    static AlarmEvent alarm(JournalRecord record) {
        return read(record, AlarmEvent.class);
    }
}
