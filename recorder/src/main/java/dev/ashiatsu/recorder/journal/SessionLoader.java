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

    private int frames;
    private int channels = -1;
    private boolean inKg;
    private double[] tMs = new double[1024];
    private double[][] values;
    private double[] applied = new double[1024];
    private double[] limit = new double[1024];
    private double[] table = new double[1024];
    private double[] bar = new double[1024];
    private double[] practitioner = new double[1024];
    private double[] xCm = new double[1024];
    private byte[] phase = new byte[1024];
    private byte[] zone = new byte[1024];

    private SessionLoader() {
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
        SessionLoader loader = new SessionLoader();
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
        if (channels < 0) {
            channels = frameValues.length;
            inKg = frameInKg;
            values = new double[channels][1024];
        }
        int n = frames + 1;
        tMs = Columns.grow(tMs, n);
        applied = Columns.grow(applied, n);
        limit = Columns.grow(limit, n);
        table = Columns.grow(table, n);
        bar = Columns.grow(bar, n);
        practitioner = Columns.grow(practitioner, n);
        xCm = Columns.grow(xCm, n);
        phase = Columns.grow(phase, n);
        zone = Columns.grow(zone, n);
        tMs[frames] = t;
        for (int c = 0; c < channels; c++) {
            values[c] = Columns.grow(values[c], n);
            values[c][frames] = c < frameValues.length ? frameValues[c] : Double.NaN;
        }
        if (estimate == null) {
            applied[frames] = limit[frames] = table[frames] = bar[frames] = practitioner[frames] = xCm[frames] = Double.NaN;
            phase[frames] = -1;
            zone[frames] = -1;
        } else {
            applied[frames] = estimate.appliedKg();
            limit[frames] = estimate.limitKg();
            table[frames] = estimate.tableKg();
            bar[frames] = estimate.barKg();
            practitioner[frames] = estimate.practitionerKg();
            xCm[frames] = estimate.xCm() == null ? Double.NaN : estimate.xCm();
            phase[frames] = (byte) (estimate.phase() == null ? -1 : estimate.phase().ordinal());
            zone[frames] = (byte) (estimate.zone() == null ? -1 : estimate.zone().ordinal());
        }
        frames = n;
    }

    private SessionData build(String id, SessionInfo info, List<AlarmEvent> alarms, List<Note> notes, Double endMs,
                              long lost, long validEnd) {
        int n = frames;
        double[][] columns = new double[Math.max(channels, 0)][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = java.util.Arrays.copyOf(values[c], n);
        }
        return new SessionData(id, info, n, java.util.Arrays.copyOf(tMs, n), columns, inKg,
                java.util.Arrays.copyOf(applied, n), java.util.Arrays.copyOf(limit, n),
                java.util.Arrays.copyOf(table, n), java.util.Arrays.copyOf(bar, n),
                java.util.Arrays.copyOf(practitioner, n), java.util.Arrays.copyOf(xCm, n),
                java.util.Arrays.copyOf(phase, n), java.util.Arrays.copyOf(zone, n),
                List.copyOf(alarms), List.copyOf(notes), endMs, lost, validEnd);
    }
}
