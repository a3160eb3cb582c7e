package dev.ashiatsu.recorder.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.domain.InfluxQLQuery;
import com.influxdb.query.InfluxQLQueryResult;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.SessionInfo;
import dev.ashiatsu.recorder.SessionPage;
import dev.ashiatsu.recorder.SessionQuery;
import dev.ashiatsu.recorder.journal.DigestJson;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionDigest;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.recorder.journal.SessionWindow;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;

/**
 * The sessions that tables uploaded to InfluxDB, read back with InfluxQL through influxdb-client-java's
 * InfluxQL API ({@code /query}: InfluxDB 1.x, 2.x with a DBRP mapping, 3.x), a central review server.
 * The bucket names the database, or {@code database/retention-policy}. Listing reads the
 * {@code ashiatsu_session} points; opening a session's page reads its session point and the digest the
 * uploader wrote at its end ({@link #digest}); loading it whole (export, or without a usable digest) reads
 * its frames, alarms and notes over its time range, into the same {@link SessionData} the journal gives;
 * a replay reads its stretch of frames only ({@link #window}).
 * Every read goes in pages of at most {@code pageRows} rows (see {@link #pages}). Read-only. The last
 * few sessions (and digests) opened are kept for {@value #CACHE_MS} ms (a page asks for one several times).
 */
public final class InfluxSessionArchive implements SessionArchive, AutoCloseable {

    static final long CACHE_MS = 30_000;
    private static final int CACHED_SESSIONS = 3;
    private static final int CACHED_DIGESTS = 16;
    static final long POINT_CACHE_MS = 5_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InfluxSessionArchive.class);
    /** Alarms and notes may sit before the first frame or after the last: read this much more around them. */
    private static final long MARGIN_MS = 3_600_000;
    /** How old the copy of the whole list may be before it is read again (in the background), ms. */
    static final long LIST_REFRESH_MS = 5_000;
    /** How long the copy is answered while InfluxDB cannot be read, ms; then the list fails. */
    static final long LIST_MAX_AGE_MS = 60_000;
    /** Rows per query unless told otherwise. */
    public static final int PAGE_ROWS = 10_000;

    /**
     * influxdb-client-java logs a warning for every InfluxQL answer without rows ("already exhausted");
     * here an empty page is the normal end of a read, so only its severe messages are kept.
     */
    private static final Logger CLIENT_QUERY_LOG = Logger.getLogger("com.influxdb.internal.AbstractQueryApi");

    static {
        CLIENT_QUERY_LOG.setLevel(Level.SEVERE);
    }

    private final InfluxSettings settings;
    private final String database;
    private final String retentionPolicy;
    private final int pageRows;
    private final InfluxDBClient client;
    private final SessionListCache listCache;
    private final Map<String, Cached> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_SESSIONS;
        }
    };

    private final Map<String, CachedDigest> digests = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedDigest> eldest) {
            return size() > CACHED_DIGESTS;
        }
    };

    private record Cached(SessionData data, long loadedAtMs) {
    }

    private record CachedDigest(SessionDigest digest, long loadedAtMs) {
    }

    /**
     * Session points read in the last {@value #POINT_CACHE_MS} ms: one request asks whether a session exists,
     * then opens it; the point is read once for both.
     */
    private final Map<String, CachedPoint> points = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedPoint> eldest) {
            return size() > CACHED_DIGESTS;
        }
    };

    private record CachedPoint(QlRow row, long readAtMs) {
    }

    public InfluxSessionArchive(InfluxSettings settings) {
        this(settings, PAGE_ROWS);
    }

    /** @param pageRows the most rows one query may return (at least 2) */
    public InfluxSessionArchive(InfluxSettings settings, int pageRows) {
        if (pageRows < 2) {
            throw new IllegalArgumentException("pageRows must be at least 2, was " + pageRows);
        }
        this.settings = settings;
        this.pageRows = pageRows;
        int slash = settings.bucket().indexOf('/');
        this.database = slash < 0 ? settings.bucket() : settings.bucket().substring(0, slash);
        this.retentionPolicy = slash < 0 ? null : settings.bucket().substring(slash + 1);
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
        this.listCache = new SessionListCache(this::readList, LIST_REFRESH_MS, LIST_MAX_AGE_MS, System::currentTimeMillis);
    }

    /** Where the sessions come from, for logs and the start-up line. */
    public String description() {
        return "InfluxDB " + settings.url() + " database " + database
                + (retentionPolicy == null ? "" : " retention policy " + retentionPolicy);
    }

    /**
     * One entry per session (the newest point if a session has several), newest first: from the copy
     * ({@link SessionListCache}), at most {@value #LIST_REFRESH_MS} ms plus one read old.
     */
    @Override
    public List<SessionSummary> list() throws IOException {
        return listCache.current();
    }

    /** Starts reading the whole list in the background, so the first list after a start finds it read. */
    public void prefetchList() {
        listCache.prefetch();
    }

    /** Every session point, the list's columns only, read in pages. */
    private List<SessionSummary> readList() throws SessionArchive.Unavailable {
        Map<String, SessionSummary> sessions = new LinkedHashMap<>();
        pages((from, inclusive) -> InfluxQlQueries.sessions(from, inclusive, pageRows), row -> {
            SessionSummary summary = PointRows.summary(row);
            sessions.put(summary.id(), summary);
        });
        if (sessions.isEmpty()) {
            requireDatabase();
        }
        List<SessionSummary> list = new ArrayList<>(sessions.values());
        list.sort(Comparator.comparingLong(SessionSummary::startedAt).thenComparing(SessionSummary::id).reversed());
        return list;
    }

    /**
     * A page of the list. With a client or practitioner filter (tags: InfluxDB reads only their series) the
     * filters and the page go into the query ({@link InfluxQlQueries#sessionPage}) with a count of all that
     * pass ({@link InfluxQlQueries#sessionCount}): two queries on the session points, none on frames, as
     * fresh as the server. Without one, from the copy of the whole list ({@link #list()}). A session still
     * recording matches no alarm filter in the query (its counts are written at its end).
     */
    @Override
    public SessionPage list(SessionQuery query) throws IOException {
        if (query.clientId() == null && query.practitionerId() == null) {
            return query.page(list());
        }
        long[] total = {0};
        query(InfluxQlQueries.sessionCount(query), row -> total[0] += row.whole("count", 0));
        if (total[0] == 0) {
            requireDatabase();
            return new SessionPage(List.of(), 0);
        }
        List<SessionSummary> page = new ArrayList<>();
        if (query.offset() < total[0]) {
            query(InfluxQlQueries.sessionPage(query), row -> page.add(PointRows.summary(row)));
        }
        return new SessionPage(page, (int) Math.min(Integer.MAX_VALUE, total[0]));
    }

    @Override
    public boolean exists(String id) throws IOException {
        return cached(id) != null || cachedDigest(id) != null || sessionPoint(id) != null;
    }

    /** Made from the whole session (exact, like the journal's: its digest), not from the uploaded list entry. */
    @Override
    public SessionSummary summary(String id) throws IOException {
        return digest(id).summary();
    }

    @Override
    public SessionData load(String id) throws IOException {
        SessionData cached = cached(id);
        if (cached != null) {
            return cached;
        }
        return load(id, requirePoint(id));
    }

    private SessionData load(String id, QlRow point) throws IOException {
        SessionData data = open(id, point);
        synchronized (cache) {
            cache.put(id, new Cached(data, System.currentTimeMillis()));
        }
        return data;
    }

    /**
     * The digest the uploader wrote at the session's end ({@code ashiatsu_digest}), when it is whole and agrees
     * with the session point (frames, alarms, notes, end); else (a session still recording or cut by a crash,
     * an upload from before digests, a damaged or partial digest) made from the frames, as {@link #load}.
     * Either way the same as {@link SessionDigest#of} on {@link #load}: no journal behind it, no damage.
     */
    @Override
    public SessionDigest digest(String id) throws IOException {
        SessionDigest cached = cachedDigest(id);
        if (cached != null) {
            return cached;
        }
        QlRow point = requirePoint(id);
        SessionDigest digest = storedDigest(id, point);
        if (digest == null) {
            digest = SessionDigest.of(load(id, point));
        }
        synchronized (digests) {
            digests.put(id, new CachedDigest(digest, System.currentTimeMillis()));
        }
        return digest;
    }

    /**
     * Only the frames of the stretch (from the session's start plus the stretch's offset from its first frame,
     * 1 ms more on either side), with the digest's alarms and notes; the whole session while it is in memory.
     */
    @Override
    public SessionWindow window(String id, double fromMs, double toMs) throws IOException {
        SessionData whole = cached(id);
        if (whole != null) {
            return SessionWindow.whole(whole);
        }
        SessionDigest digest = digest(id);
        whole = cached(id);
        if (whole != null) {
            return SessionWindow.whole(whole);
        }
        SessionContext clock = new SessionContext(id, digest.info(), digest.firstMs());
        Instant stop = Instant.ofEpochSecond(0, clock.epochNs(toMs) + 1_000_000);
        FrameRows frames = new FrameRows(digest.info());
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.FRAME, id, from, inclusive, stop, pageRows),
                Instant.ofEpochSecond(0, clock.epochNs(fromMs) - 1_000_000), frames::add);
        SessionData data = frames.build(id, digest.info(), digest.alarms(), digest.notes(), digest.endMs(),
                digest.framesLost(), digest.bands());
        int firstIndex = digest.chart().indexAt(data.frames() > 0 ? data.tMs()[0] : fromMs);
        return new SessionWindow(data, firstIndex, digest.firstMs());
    }

    /** The uploaded digest as the frames would give it, or null (logged) when there is none fit to answer from. */
    private SessionDigest storedDigest(String id, QlRow point) throws IOException {
        SessionSummary listed;
        try {
            listed = PointRows.summary(point);
        } catch (IllegalArgumentException e) {
            throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
        }
        if (!listed.ended()) {
            return null;
        }
        long startNs = listed.startedAt() * 1_000_000;
        List<QlRow> rows = new ArrayList<>();
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.DIGEST, id, from, inclusive,
                Instant.ofEpochSecond(0, startNs + 1_000_000), pageRows), Instant.ofEpochSecond(0, startNs), rows::add);
        if (rows.isEmpty()) {
            LOG.debug("session {}: no digest uploaded, reading its frames", id);
            return null;
        }
        try {
            Map<Long, String> parts = new HashMap<>();
            long count = -1;
            for (QlRow row : rows) {
                long part = row.whole("part", -1);
                count = part == 0 ? row.whole("parts", -1) : count;
                parts.put(part, row.text("data"));
            }
            if (count < 1) {
                throw new IOException("no first part");
            }
            StringBuilder base64 = new StringBuilder();
            for (long part = 0; part < count; part++) {
                String data = parts.get(part);
                if (data == null) {
                    throw new IOException("part " + part + " of " + count + " missing");
                }
                base64.append(data);
            }
            SessionDigest stored = DigestJson.read(Base64.getDecoder().decode(base64.toString()));
            SessionSummary s = stored.summary();
            Double endMs = PointRows.endMs(point);
            if (!stored.id().equals(id) || s.frames() != listed.frames() || s.noteCount() != listed.noteCount()
                    || s.alarmCount() != listed.alarmCount() || !s.ended() || (endMs != null && !endMs.equals(stored.endMs()))) {
                throw new IOException("does not match the session point (frames " + listed.frames() + ", notes "
                        + listed.noteCount() + ", alarms " + listed.alarmCount() + ")");
            }
            return withoutJournal(stored);
        } catch (IOException | RuntimeException e) {
            LOG.warn("session {}: uploaded digest not used, reading its frames: {}", id, e.getMessage());
            return null;
        }
    }

    /** A digest made from the journal as made from the uploaded frames: no journal bytes, no damage. */
    private static SessionDigest withoutJournal(SessionDigest d) {
        SessionSummary s = d.summary();
        SessionSummary summary = new SessionSummary(s.id(), s.clientId(), s.clientName(), s.practitionerId(),
                s.practitionerName(), s.table(), s.source(), s.startedAt(), s.durationS(), s.frames(), s.peakAppliedKg(),
                s.secondsOverLimit(), s.alarmCount(), s.highAlarmCount(), s.noteCount(), s.ended(), s.framesLost(), 0, 0, 0,
                null, s.inBandPercent(), s.strokeCount(), s.strokeSmoothness());
        return new SessionDigest(d.id(), d.info(), summary, d.frames(), d.firstMs(), d.lastMs(), d.endMs(),
                d.durationS(), d.framesLost(), d.stats(), d.worstZones(), d.alarms(), d.notes(), List.of(), d.bands(),
                d.chart());
    }

    private QlRow requirePoint(String id) throws IOException {
        QlRow point = sessionPoint(id);
        if (point == null) {
            throw new NoSuchFileException("no session '" + id + "' in " + description());
        }
        return point;
    }

    private SessionData open(String id, QlRow point) throws IOException {
        SessionInfo info;
        SessionSummary listed;
        try {
            info = PointRows.info(point);
            listed = PointRows.summary(point);
        } catch (IllegalArgumentException e) {
            throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
        }
        Instant start = Instant.ofEpochMilli(info.startedAtEpochMs() - MARGIN_MS);
        Instant stop = listed.ended()
                ? Instant.ofEpochMilli(info.startedAtEpochMs() + (long) Math.ceil(listed.durationS() * 1000) + MARGIN_MS)
                : Instant.ofEpochMilli(System.currentTimeMillis() + 60_000);
        FrameRows frames = new FrameRows(info);
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.FRAME, id, from, inclusive, stop, pageRows),
                start, frames::add);
        Map<Long, AlarmEvent> alarms = new LinkedHashMap<>();
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.ALARM, id, from, inclusive, stop, pageRows),
                start, row -> {
                    AlarmEvent alarm = PointRows.alarm(row);
                    alarms.put(alarm.id(), alarm);
                });
        List<Note> notes = new ArrayList<>();
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.NOTE, id, from, inclusive, stop, pageRows),
                start, row -> notes.add(PointRows.note(row)));
        Map<Long, BandSet> bandsByPlace = new TreeMap<>();
        pages((from, inclusive) -> InfluxQlQueries.points(PointMapper.BANDS, id, from, inclusive, stop, pageRows),
                start, row -> bandsByPlace.put(row.whole("at_byte", 0), PointRows.bands(row)));
        List<BandSet> bands = new ArrayList<>(bandsByPlace.values());
        List<AlarmEvent> alarmList = new ArrayList<>(alarms.values());
        alarmList.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
        notes.sort(Comparator.comparingDouble(Note::tMs));
        Double endMs = PointRows.endMs(point);
        if (endMs == null && listed.ended() && !Double.isNaN(frames.lastTMs())) {
            endMs = frames.lastTMs();
        }
        return frames.build(id, info, alarmList, notes, endMs, listed.framesLost(), bands);
    }

    private SessionDigest cachedDigest(String id) {
        synchronized (digests) {
            CachedDigest entry = digests.get(id);
            return entry != null && System.currentTimeMillis() - entry.loadedAtMs() < CACHE_MS ? entry.digest() : null;
        }
    }

    private SessionData cached(String id) {
        synchronized (cache) {
            Cached entry = cache.get(id);
            return entry != null && System.currentTimeMillis() - entry.loadedAtMs() < CACHE_MS ? entry.data() : null;
        }
    }

    /** Null when the server answers its {@code /ping} and has the database, else what is wrong. */
    @Override
    public String problem() {
        try {
            if (!Boolean.TRUE.equals(client.ping())) {
                return description() + " does not answer /ping";
            }
            requireDatabase();
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() != null && e.getMessage().startsWith(description()) ? e.getMessage()
                    : description() + ": " + e.getMessage();
        }
    }

    /** The session's {@code ashiatsu_session} row, null when there is none. */
    private QlRow sessionPoint(String id) throws IOException {
        if (id == null || !JournalFiles.ID.matcher(id).matches()) {
            return null;
        }
        synchronized (points) {
            CachedPoint recent = points.get(id);
            if (recent != null && System.currentTimeMillis() - recent.readAtMs() < POINT_CACHE_MS) {
                return recent.row();
            }
        }
        List<QlRow> rows = new ArrayList<>();
        query(InfluxQlQueries.session(id), rows::add);
        if (rows.isEmpty()) {
            return null;
        }
        synchronized (points) {
            points.put(id, new CachedPoint(rows.get(0), System.currentTimeMillis()));
        }
        return rows.get(0);
    }

    /**
     * Fails naming the database (or retention policy) when the server does not list it: InfluxDB answers
     * a query on a missing one with an error the client's InfluxQL API reads as "no points".
     */
    private void requireDatabase() throws SessionArchive.Unavailable {
        List<String> policies = new ArrayList<>();
        query(InfluxQlQueries.retentionPolicies(), row -> policies.add(row.text("name")));
        if (policies.isEmpty()) {
            throw new SessionArchive.Unavailable(description() + ": no such database (or the token may not read it)", null);
        }
        if (retentionPolicy != null && !policies.contains(retentionPolicy)) {
            throw new SessionArchive.Unavailable(description() + ": no such retention policy (the database has "
                    + policies + ")", null);
        }
    }

    /** A query of a page of points from a time on ({@code inclusive}: a point at exactly that time too). */
    private interface PageQuery {
        String from(Instant from, boolean inclusive);
    }

    private void pages(PageQuery page, Consumer<QlRow> each) throws SessionArchive.Unavailable {
        pages(page, Instant.EPOCH, each);
    }

    /**
     * Reads every point of a paged query, in time order, {@code pageRows} at most per query. A full page
     * is handed on but for its last timestamp's rows, which the next page (from that time, inclusive)
     * reads again whole: points at one time in several series are never split. A page that is not full
     * is followed by one more from after its last time, so a server that cuts answers at its own row
     * limit loses nothing.
     */
    private void pages(PageQuery page, Instant start, Consumer<QlRow> each) throws SessionArchive.Unavailable {
        Instant from = start;
        boolean inclusive = true;
        while (true) {
            List<QlRow> rows = new ArrayList<>();
            query(page.from(from, inclusive), rows::add);
            if (rows.isEmpty()) {
                return;
            }
            long last = time(rows.get(rows.size() - 1));
            int keep = rows.size();
            if (rows.size() >= pageRows) {
                while (keep > 0 && time(rows.get(keep - 1)) == last) {
                    keep--;
                }
                if (keep == 0) {
                    throw new SessionArchive.Unavailable(description() + ": more than " + pageRows
                            + " points at " + Instant.ofEpochSecond(0, last), null);
                }
            }
            try {
                rows.subList(0, keep).forEach(each);
            } catch (IllegalArgumentException e) {
                throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
            }
            from = Instant.ofEpochSecond(0, last);
            inclusive = keep < rows.size();
        }
    }

    private long time(QlRow row) throws SessionArchive.Unavailable {
        try {
            return row.timeNs();
        } catch (IllegalArgumentException e) {
            throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
        }
    }

    /** Runs one InfluxQL query (time in ns), handing each row of its answer to {@code each}. */
    private void query(String influxQl, Consumer<QlRow> each) throws SessionArchive.Unavailable {
        InfluxQLQueryResult result;
        try {
            InfluxQLQuery query = new InfluxQLQuery(influxQl, database)
                    .setPrecision(InfluxQLQuery.InfluxQLPrecision.NANOSECONDS);
            if (retentionPolicy != null) {
                query.setRetentionPolicy(retentionPolicy);
            }
            result = client.getInfluxQLQueryApi().query(query);
        } catch (RuntimeException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new SessionArchive.Unavailable(description() + ": " + reason, e);
        }
        try {
            for (InfluxQLQueryResult.Result statement : result.getResults()) {
                for (InfluxQLQueryResult.Series series : statement.getSeries()) {
                    for (InfluxQLQueryResult.Series.Record record : series.getValues()) {
                        each.accept(new QlRow(series.getColumns(), record.getValues()));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new SessionArchive.Unavailable(description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        listCache.close();
        client.close();
    }
}
