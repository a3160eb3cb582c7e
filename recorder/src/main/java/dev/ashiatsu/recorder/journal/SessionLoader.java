package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.SessionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a journal file into a {@link SessionData}; only whole, valid records count. */
public final class SessionLoader implements FrameVisitor {

    private final int capacity;
    private int frames;
    private final int channels;
    private boolean inKg;
    private final double[] tMs;
    private final double[][] values;
    private final double[] applied;
    private final double[] limit;
    private final double[] table;
    private final double[] bar;
    private final double[] practitioner;
    private final double[] xCm;
    private final byte[] phase;
    private final byte[] zone;

    /** Columns sized exactly for a session (counted from the block headers first: no copying). */
    private SessionLoader(int capacity, int channels) {
        this.capacity = capacity;
        this.channels = channels;
        tMs = new double[capacity];
        values = new double[channels][capacity];
        applied = new double[capacity];
        limit = new double[capacity];
        table = new double[capacity];
        bar = new double[capacity];
        practitioner = new double[capacity];
        xCm = new double[capacity];
        phase = new byte[capacity];
        zone = new byte[capacity];
    }

    /** Loads a journal; {@link CorruptJournalException} if it is not one. */
    public static SessionData load(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        return load(bytes, bytes.length);
    }

    static SessionData load(byte[] bytes, int length) {
        if (length < RecordFraming.MAGIC.length || !JournalFiles.hasMagic(bytes)) {
            throw new CorruptJournalException("not an ashiatsu journal (bad magic)");
        }
        int start = RecordFraming.MAGIC.length;
        byte[] body = java.util.Arrays.copyOfRange(bytes, start, length);
        RecordFraming.Scan scan = RecordFraming.scan(body, body.length, start);
        if (scan.records().isEmpty() || scan.records().get(0).type() != RecordType.INFO) {
            throw new CorruptJournalException("journal does not start with its session info");
        }
        JournalJson.InfoRecord info = JournalJson.info(scan.records().get(0));
        int total = 0;
        int channels = 0;
        for (JournalRecord record : scan.records()) {
            if (record.type() == RecordType.FRAMES) {
                total = Math.addExact(total, FrameBlockCodec.frameCount(record.payload()));
                channels = Math.max(channels, FrameBlockCodec.channelCount(record.payload()));
            }
        }
        SessionLoader loader = new SessionLoader(total, channels);
        Map<Long, AlarmEvent> alarms = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        Double endMs = null;
        long lost = 0;
        for (JournalRecord record : scan.records()) {
            switch (record.type()) {
                case FRAMES -> FrameBlockCodec.decode(record.payload(), loader);
                case ALARM -> {
                    AlarmEvent alarm = JournalJson.alarm(record);
                    alarms.put(alarm.id(), alarm);
                }
                case NOTE -> notes.add(JournalJson.read(record, Note.class));
                case END -> {
                    JournalJson.EndRecord end = JournalJson.read(record, JournalJson.EndRecord.class);
                    endMs = end.tMs();
                    lost += end.framesLost();
                }
                case INFO -> {
                }
            }
        }
        List<AlarmEvent> alarmList = new ArrayList<>(alarms.values());
        alarmList.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
        notes.sort(Comparator.comparingDouble(Note::tMs));
        return loader.build(info.id(), info.info(), alarmList, notes, endMs, lost, scan.validEnd());
    }

    @Override
    public void frame(double t, double[] frameValues, boolean frameInKg, RecordedEstimate estimate) {
        if (frames >= capacity) {
            throw new CorruptJournalException("a frame block holds more frames than its header says");
        }
        int i = frames;
        if (i == 0) {
            inKg = frameInKg;
        }
        tMs[i] = t;
        for (int c = 0; c < channels; c++) {
            values[c][i] = c < frameValues.length ? frameValues[c] : Double.NaN;
        }
        if (estimate == null) {
            applied[i] = limit[i] = table[i] = bar[i] = practitioner[i] = xCm[i] = Double.NaN;
            phase[i] = -1;
            zone[i] = -1;
        } else {
            applied[i] = estimate.appliedKg();
            limit[i] = estimate.limitKg();
            table[i] = estimate.tableKg();
            bar[i] = estimate.barKg();
            practitioner[i] = estimate.practitionerKg();
            xCm[i] = estimate.xCm() == null ? Double.NaN : estimate.xCm();
            phase[i] = (byte) (estimate.phase() == null ? -1 : estimate.phase().ordinal());
            zone[i] = (byte) (estimate.zone() == null ? -1 : estimate.zone().ordinal());
        }
        frames = i + 1;
    }

    private SessionData build(String id, SessionInfo info, List<AlarmEvent> alarms, List<Note> notes, Double endMs,
                              long lost, long validEnd) {
        if (frames != capacity) {
            throw new CorruptJournalException("frame blocks hold " + frames + " frames, their headers say " + capacity);
        }
        return new SessionData(id, info, frames, tMs, values, inKg, applied, limit, table, bar, practitioner, xCm,
                phase, zone, List.copyOf(alarms), List.copyOf(notes), endMs, lost, validEnd);
    }
}
