package dev.ashiatsu.recorder.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.query.FluxRecord;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionSummary;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The sessions that tables uploaded to an InfluxDB 2.x bucket, read back with Flux through
 * influxdb-client-java's query API (a central review server). Listing reads the {@code ashiatsu_session}
 * points; opening a session reads its session point ({@code info_json}), then its frames, alarms and
 * notes over its time range, into the same {@link SessionData} the journal gives. Read-only. The last
 * few sessions opened are kept for {@value #CACHE_MS} ms (a page asks for one several times).
 */
public final class InfluxSessionArchive implements SessionArchive, AutoCloseable {

    static final long CACHE_MS = 30_000;
    private static final int CACHED_SESSIONS = 3;
    /** Alarms and notes may sit before the first frame or after the last: read this much more around them. */
    private static final long MARGIN_MS = 3_600_000;
    private static final long QUERY_TIMEOUT_S = 300;

    private final InfluxSettings settings;
    private final InfluxDBClient client;
    private final Map<String, Cached> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_SESSIONS;
        }
    };

    private record Cached(SessionData data, long loadedAtMs) {
    }

    public InfluxSessionArchive(InfluxSettings settings) {
        this.settings = settings;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS);
        this.client = InfluxDBClientFactory.create(InfluxDBClientOptions.builder()
                .url(settings.url())
                .authenticateToken(settings.token().toCharArray())
                .org(settings.org())
                .bucket(settings.bucket())
                .okHttpClient(http)
                .build());
    }

    /** Where the sessions come from, for logs and the start-up line. */
    public String description() {
        return "InfluxDB " + settings.url() + " bucket " + settings.bucket();
    }

    @Override
    public List<SessionSummary> list() throws IOException {
        List<SessionSummary> sessions = new ArrayList<>();
        query(FluxQueries.list(settings.bucket()), row -> sessions.add(FluxRows.summary(row)));
        sessions.sort(Comparator.comparingLong(SessionSummary::startedAt).thenComparing(SessionSummary::id).reversed());
        return sessions;
    }

    @Override
    public boolean exists(String id) throws IOException {
        return cached(id) != null || sessionPoint(id) != null;
    }

    /** Made from the whole session (exact, like the journal's), not from the uploaded list entry. */
    @Override
    public SessionSummary summary(String id) throws IOException {
        return SessionSummary.of(load(id));
    }

    @Override
    public SessionData load(String id) throws IOException {
        SessionData cached = cached(id);
        if (cached != null) {
            return cached;
        }
        FluxRecord point = sessionPoint(id);
        if (point == null) {
            throw new NoSuchFileException("no session '" + id + "' in " + description());
        }
        SessionData data = open(id, point);
        synchronized (cache) {
            cache.put(id, new Cached(data, System.currentTimeMillis()));
        }
        return data;
    }

    private SessionData open(String id, FluxRecord point) throws IOException {
        SessionInfo info;
        SessionSummary listed;
        try {
            info = FluxRows.info(point);
            listed = FluxRows.summary(point);
        } catch (IllegalArgumentException e) {
            throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
        }
        Instant start = Instant.ofEpochMilli(info.startedAtEpochMs() - MARGIN_MS);
        Instant stop = listed.ended()
                ? Instant.ofEpochMilli(info.startedAtEpochMs() + (long) Math.ceil(listed.durationS() * 1000) + MARGIN_MS)
                : Instant.ofEpochMilli(System.currentTimeMillis() + 60_000);
        FrameRows frames = new FrameRows(info);
        query(FluxQueries.points(settings.bucket(), PointMapper.FRAME, id, start, stop), frames::add);
        Map<Long, AlarmEvent> alarms = new LinkedHashMap<>();
        query(FluxQueries.points(settings.bucket(), PointMapper.ALARM, id, start, stop), row -> {
            AlarmEvent alarm = FluxRows.alarm(row);
            alarms.put(alarm.id(), alarm);
        });
        List<Note> notes = new ArrayList<>();
        query(FluxQueries.points(settings.bucket(), PointMapper.NOTE, id, start, stop), row -> notes.add(FluxRows.note(row)));
        List<AlarmEvent> alarmList = new ArrayList<>(alarms.values());
        alarmList.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
        notes.sort(Comparator.comparingDouble(Note::tMs));
        Double endMs = FluxRows.endMs(point);
        if (endMs == null && listed.ended() && !Double.isNaN(frames.lastTMs())) {
            endMs = frames.lastTMs();
        }
        return frames.build(id, info, alarmList, notes, endMs, listed.framesLost());
    }

    private SessionData cached(String id) {
        synchronized (cache) {
            Cached entry = cache.get(id);
            return entry != null && System.currentTimeMillis() - entry.loadedAtMs() < CACHE_MS ? entry.data() : null;
        }
    }

    /** Null when the server answers its {@code /ping}, else what is wrong. */
    @Override
    public String problem() {
        try {
            return Boolean.TRUE.equals(client.ping()) ? null : description() + " does not answer /ping";
        } catch (RuntimeException e) {
            return description() + ": " + e.getMessage();
        }
    }

    /** The session's {@code ashiatsu_session} row, null when there is none. */
    private FluxRecord sessionPoint(String id) throws IOException {
        if (id == null || !JournalFiles.ID.matcher(id).matches()) {
            return null;
        }
        List<FluxRecord> rows = new ArrayList<>();
        query(FluxQueries.session(settings.bucket(), id), rows::add);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs a query, handing each row to {@code each} (on the HTTP client's thread) as it streams in. */
    private void query(String flux, Consumer<FluxRecord> each) throws SessionArchive.Unavailable {
        CompletableFuture<Void> done = new CompletableFuture<>();
        client.getQueryApi().query(flux, settings.org(), (cancellable, row) -> {
            try {
                each.accept(row);
            } catch (RuntimeException e) {
                cancellable.cancel();
                done.completeExceptionally(e);
            }
        }, done::completeExceptionally, () -> done.complete(null));
        try {
            done.get(QUERY_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new SessionArchive.Unavailable(description() + ": " + reason, cause);
        } catch (TimeoutException e) {
            throw new SessionArchive.Unavailable(description() + ": no answer within " + QUERY_TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionArchive.Unavailable(description() + ": interrupted", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
