package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.SessionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a journal file into a {@link SessionData}: every intact record counts, damaged stretches are skipped
 * and listed ({@link SessionData#damage()}). Only a journal without an intact session info record cannot be
 * read ({@link CorruptJournalException}); nothing else throws, whatever the bytes.
 */
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

    /** Columns sized for a session (counted from the block headers first: no copying). */
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

    /** Loads a journal; {@link CorruptJournalException} if it holds no intact session info. */
    public static SessionData load(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        return load(bytes, bytes.length);
    }

    static SessionData load(byte[] bytes, int length) {
        JournalContent content = JournalContent.of(bytes, length);
        List<JournalRecord> records = content.scan().records();
        JournalJson.InfoRecord info = null;
        List<Damage> damage = new ArrayList<>(content.damage());
        int total = 0;
        int channels = 0;
        for (JournalRecord record : records) {
            try {
                if (record.type() == RecordType.INFO && info == null) {
                    info = JournalJson.info(record);
                } else if (record.type() == RecordType.FRAMES) {
                    int count = FrameBlockCodec.frameCount(record.payload());
                    total = Math.addExact(total, count);
                    channels = Math.max(channels, FrameBlockCodec.channelCount(record.payload()));
                }
            } catch (CorruptJournalException | ArithmeticException e) {
                damage.add(recordDamage(record));
            }
        }
        if (info == null || info.info() == null) {
            throw new CorruptJournalException("its session info record is missing or damaged, so the session cannot be read"
                    + (damage.isEmpty() ? "" : " (" + damage.size() + " damaged stretches)"));
        }
        SessionLoader loader = new SessionLoader(total, Math.max(1, channels));
        Map<Long, AlarmEvent> alarms = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        List<BandSet> bands = new ArrayList<>();
        List<FramedStretch> stretches = new ArrayList<>();
        Double endMs = null;
        long endLost = 0;
        long recordedLost = 0;
        for (JournalRecord record : records) {
            try {
                switch (record.type()) {
                    case FRAMES -> {
                        int first = loader.frames;
                        if (!loader.decode(record)) {
                            damage.add(recordDamage(record));
                        } else if (loader.frames > first) {
                            stretches.add(new FramedStretch(record.offset(), loader.tMs[first], loader.tMs[loader.frames - 1]));
                        }
                    }
                    case ALARM -> {
                        AlarmEvent alarm = JournalJson.alarm(record);
                        alarms.put(alarm.id(), alarm);
                    }
                    case NOTE -> notes.add(JournalJson.read(record, Note.class));
                    case BANDS -> bands.add(JournalJson.read(record, BandSet.class));
                    case END -> {
                        JournalJson.EndRecord end = JournalJson.read(record, JournalJson.EndRecord.class);
                        endMs = end.tMs();
                        endLost = Math.max(endLost, end.framesLost());
                    }
                    case LOST -> recordedLost += Math.max(0, JournalJson.read(record, JournalJson.LostRecord.class).frames());
                    case CUT -> {
                        JournalJson.CutRecord cut = JournalJson.read(record, JournalJson.CutRecord.class);
                        damage.add(new Damage(cut.atByte(), cut.bytes(), null, null));
                    }
                    case INFO -> {
                    }
                }
            } catch (CorruptJournalException | IllegalArgumentException | NullPointerException e) {
                damage.add(recordDamage(record));
            }
        }
        List<AlarmEvent> alarmList = new ArrayList<>(alarms.values());
        alarmList.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
        notes.sort(Comparator.comparingDouble(Note::tMs));
        return loader.build(info.id(), info.info(), alarmList, notes, endMs, Math.max(endLost, recordedLost),
                content.scan().validEnd(), placed(damage, stretches), bands);
    }

    /** Decodes one block into the columns; on a block that does not decode, takes back its frames and says false. */
    private boolean decode(JournalRecord record) {
        int start = frames;
        try {
            FrameBlockCodec.decode(record.payload(), this);
            return true;
        } catch (CorruptJournalException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            frames = start;
            return false;
        }
    }

    private static Damage recordDamage(JournalRecord record) {
        return new Damage(record.offset(), record.end() - record.offset(), null, null);
    }

    /** The first and last frame time of one intact FRAMES record at a file offset. */
    private record FramedStretch(long offset, double firstMs, double lastMs) {
    }

    /** Each damaged stretch with the intact frames around it, in file order. */
    private static List<Damage> placed(List<Damage> damage, List<FramedStretch> stretches) {
        List<Damage> out = new ArrayList<>();
        for (Damage d : damage) {
            Double from = null;
            Double to = null;
            for (FramedStretch s : stretches) {
                if (s.offset() < d.offset()) {
                    from = s.lastMs();
                } else if (to == null) {
                    to = s.firstMs();
                }
            }
            out.add(d.between(from, to));
        }
        out.sort(Comparator.comparingLong(Damage::offset));
        return List.copyOf(out);
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
                              long lost, long validEnd, List<Damage> damage, List<BandSet> bands) {
        int n = frames;
        double[][] columns = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            columns[c] = trim(values[c], n);
        }
        return new SessionData(id, info, n, trim(tMs, n), columns, inKg, trim(applied, n), trim(limit, n),
                trim(table, n), trim(bar, n), trim(practitioner, n), trim(xCm, n),
                n == capacity ? phase : Arrays.copyOf(phase, n), n == capacity ? zone : Arrays.copyOf(zone, n),
                List.copyOf(alarms), List.copyOf(notes), endMs, lost, validEnd, damage, List.copyOf(bands));
    }

    private double[] trim(double[] column, int n) {
        return n == capacity ? column : Arrays.copyOf(column, n);
    }
}
