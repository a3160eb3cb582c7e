package dev.ashiatsu.dashboard.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.review.SessionExport.Format;
import dev.ashiatsu.dashboard.store.ProfileStore;
import dev.ashiatsu.dashboard.web.BadRequest;
import dev.ashiatsu.dashboard.web.JsonBody;
import dev.ashiatsu.dashboard.web.RouteModule;
import dev.ashiatsu.recorder.SessionArchive;
import dev.ashiatsu.recorder.SessionPage;
import dev.ashiatsu.recorder.journal.ChartColumns;
import dev.ashiatsu.recorder.journal.CorruptJournalException;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.Note;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionSummary;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The review routes (docs/api.md, "Review"): the session list, one session's data, chart series
 * reduced for the pixels asked for, replay updates, notes and export; for trainers (docs/review.md) a
 * practitioner's progress, reference marks and a session compared with another. The pages are
 * {@code /review.html}, {@code /session.html}, {@code /report.html}, {@code /progress.html} and
 * {@code /compare.html}. Thin: the work is in {@link Series}, {@link ReplayUpdates}, {@link SessionExport},
 * {@link PractitionerProgress}, {@link ReferenceMark}, {@link SessionComparison} and the recorder's
 * {@link SessionArchive} (the local journals,
 * or an InfluxDB bucket on a central review server, which is read-only: notes answer 405 there).
 */
public final class ReviewRoutes implements RouteModule {

    /** The response header of {@code GET /api/sessions} with the number of sessions that pass its filters. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final SessionArchive store;
    private final NoteSink notes;
    private final ReferenceIndex references;

    /** @param notes where notes go; null for a read-only archive */
    public ReviewRoutes(SessionArchive store, NoteSink notes) {
        this.store = store;
        this.notes = notes;
        this.references = new ReferenceIndex(store);
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.get("/api/sessions", guard(this::list));
        config.routes.get("/api/sessions/{id}", guard(this::detail));
        config.routes.get("/api/sessions/{id}/series", guard(this::series));
        config.routes.get("/api/sessions/{id}/replay", guard(this::replay));
        config.routes.post("/api/sessions/{id}/notes", guard(this::addNote));
        config.routes.get("/api/sessions/{id}/export", guard(this::export));
        config.routes.get("/api/practitioners/{id}/progress", guard(this::progress));
        config.routes.get("/api/references", guard(ctx -> ctx.json(references.references())));
        config.routes.put("/api/sessions/{id}/reference", guard(this::markReference));
        config.routes.delete("/api/sessions/{id}/reference", guard(this::withdrawReference));
        config.routes.get("/api/sessions/{id}/compare", guard(this::compare));
    }

    /** A page of the list as a JSON array; {@code X-Total-Count}: how many sessions pass the filters. */
    private void list(Context ctx) throws Exception {
        SessionPage page = store.list(ListParameters.of(ctx.queryParamMap()));
        ctx.header(TOTAL_COUNT, String.valueOf(page.total()));
        ctx.json(page.sessions());
    }

    /**
     * From the summaries only. Filters as the list ({@code clientId}, {@code from}, {@code to}); an unreadable
     * session in the time range is passed on whatever the client filter (its client is unknown) to be listed.
     */
    private void progress(Context ctx) throws Exception {
        String practitioner = ctx.pathParam("id");
        if (!ProfileStore.ID.matcher(practitioner).matches()) {
            throw new BadRequest("id", "a practitioner id is 1 to 64 letters, digits, '-' or '_', was '" + practitioner + "'");
        }
        String client = ctx.queryParam("clientId");
        long from = longParam(ctx, "from", Long.MIN_VALUE);
        long to = longParam(ctx, "to", Long.MAX_VALUE);
        List<SessionSummary> sessions = store.list().stream()
                .filter(s -> s.startedAt() >= from && s.startedAt() < to)
                .filter(s -> s.unreadable() != null || client == null || client.equals(s.clientId()))
                .toList();
        ctx.json(PractitionerProgress.of(practitioner, sessions));
    }

    private void detail(Context ctx) throws Exception {
        ctx.json(ReviewJson.detail(store.digest(requireId(ctx))));
    }

    /** From the digest's chart columns: exact at any zoom, no frame read. */
    private void series(Context ctx) throws Exception {
        ChartColumns chart = store.digest(requireId(ctx)).chart();
        double first = chart.frames() > 0 ? chart.tMs()[0] : 0;
        double last = chart.frames() > 0 ? chart.tMs()[chart.frames() - 1] : 1;
        double from = Math.max(first, doubleParam(ctx, "from", first));
        double to = Math.min(last + 1, doubleParam(ctx, "to", last + 1));
        if (!(to > from)) {
            throw new BadRequest("to", "must be after 'from' and overlap the session (" + first + " to " + last + " ms)");
        }
        int points = intParam(ctx, "points", 1000, 1, 20_000);
        ctx.json(Series.of(chart, from, to, points));
    }

    /** Reads only the stretch's frames where the archive can (InfluxDB); the first frame's time from the digest. */
    private void replay(Context ctx) throws Exception {
        String id = requireId(ctx);
        double from = doubleParam(ctx, "from", store.digest(id).firstMs());
        double to = doubleParam(ctx, "to", from + 10_000);
        if (!(to > from) || to - from > 120_000) {
            throw new BadRequest("to", "a replay stretch is more than 0 and at most 120000 ms long, asked " + (to - from));
        }
        int rate = intParam(ctx, "rate", 20, 1, 100);
        ctx.json(ReplayUpdates.chunk(store.window(id, from, to), from, to, rate));
    }

    private void addNote(Context ctx) throws Exception {
        String id = requireId(ctx);
        if (notes == null) {
            throw new UnsupportedOperationException("this review server is read-only: add notes on the table's own dashboard");
        }
        // a misspelt kind would silently make a discomfort note plain, and the client's tolerance would miss it
        JsonBody body = JsonBody.of(ctx).only("tMs", "text", "kind");
        Note note = new Note(body.requireNumber("tMs", -1e13, 1e13), body.requireText("text").strip(),
                System.currentTimeMillis(), noteKind(body));
        if (ReferenceMark.isReserved(note.text())) {
            throw new BadRequest("text", "a note cannot start with '" + ReferenceMark.RESERVED
                    + "': that marks reference sessions (PUT /api/sessions/{id}/reference)");
        }
        appendNote(ctx, id, note);
    }

    /** Writes a note to the journal: 201 once on disk, 202 when the disk is full or slow (kept, written later). */
    private void appendNote(Context ctx, String id, Note note) throws Exception {
        String unreadable = store.summary(id).unreadable();
        if (unreadable != null) {
            throw new CorruptJournalException(unreadable);
        }
        try {
            notes.note(id, note.tMs(), note.text(), note.kind()).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CorruptJournalException unreadableJournal) {
                throw unreadableJournal;
            }
            throw new IllegalStateException("the note could not be written: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            Map<String, Object> accepted = new java.util.LinkedHashMap<>(ReviewJson.note(note));
            accepted.put("pending", "not on disk within 5 s (the disk is full or slow): kept in memory and written "
                    + "as soon as the disk takes it");
            ctx.status(202).json(accepted);
            return;
        }
        ctx.status(201).json(ReviewJson.note(note));
    }

    /** Marks the session as a reference: a reserved note at its first frame (see {@link ReferenceMark}). */
    private void markReference(Context ctx) throws Exception {
        String id = requireId(ctx);
        if (notes == null) {
            throw new UnsupportedOperationException("this review server is read-only: mark references on the table's own dashboard");
        }
        JsonBody body = JsonBody.of(ctx);
        body.node().fieldNames().forEachRemaining(field -> {
            if (!field.equals("label")) {
                throw new BadRequest(field, "is not a known field (known: label)");
            }
        });
        String label = body.node().hasNonNull("label") ? body.requireText("label") : "";
        appendNote(ctx, id, new Note(firstMs(id), ReferenceMark.markText(label), System.currentTimeMillis()));
    }

    private void withdrawReference(Context ctx) throws Exception {
        String id = requireId(ctx);
        if (notes == null) {
            throw new UnsupportedOperationException("this review server is read-only: withdraw references on the table's own dashboard");
        }
        if (ReferenceMark.of(store.load(id).notes()) == null) {
            throw new NoSuchFileException("session '" + id + "' is not a reference");
        }
        appendNote(ctx, id, new Note(firstMs(id), ReferenceMark.withdrawText(), System.currentTimeMillis()));
    }

    private double firstMs(String id) throws IOException {
        SessionData session = store.load(id);
        return session.frames() > 0 ? session.tMs()[0] : 0;
    }

    private void compare(Context ctx) throws Exception {
        SessionData session = load(ctx);
        String with = ctx.queryParam("with");
        if (with == null || with.isBlank()) {
            throw new BadRequest("with", "name the session to compare with (?with=ID, e.g. a reference)");
        }
        if (!JournalFiles.ID.matcher(with).matches() || !store.exists(with)) {
            throw new NoSuchFileException("no session '" + with + "' to compare with");
        }
        SessionData reference = store.load(with);
        ctx.json(SessionComparison.of(session, store.summary(session.id()), reference, store.summary(with)));
    }

    /** The optional {@code kind} of a note: absent for a plain note, else {@code "discomfort"}. */
    private static String noteKind(JsonBody body) {
        JsonNode kind = body.node().get("kind");
        if (kind == null || kind.isNull()) {
            return null;
        }
        if (!kind.isTextual() || !kind.asText().equals(Note.DISCOMFORT)) {
            throw new BadRequest("kind", "must be absent or \"" + Note.DISCOMFORT + "\", was " + kind);
        }
        return Note.DISCOMFORT;
    }

    private void export(Context ctx) throws Exception {
        SessionData session = load(ctx);
        Format format = Format.of(ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format"));
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName(session.id()) + "\"");
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        SessionExport.write(session, format, out);
    }

    private SessionData load(Context ctx) throws Exception {
        return store.load(requireId(ctx));
    }

    private String requireId(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!JournalFiles.ID.matcher(id).matches() || !store.exists(id)) {
            throw new NoSuchFileException("no session '" + id + "'");
        }
        return id;
    }

    private static long longParam(Context ctx, String name, long fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "must be a whole number, was '" + text + "'");
        }
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "must be a whole number, was '" + text + "'");
        }
        if (value < min || value > max) {
            throw new BadRequest(name, "must be between " + min + " and " + max + ", was " + text.strip());
        }
        return (int) value;
    }

    private static double doubleParam(Context ctx, String name, double fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "must be a number, was '" + text + "'");
        }
    }

    /**
     * Maps this module's failures to statuses: bad input 400, unknown session 404, notes on a read-only
     * archive 405, a session whose journal cannot be read (its session info is damaged) 409, a failed write
     * 503, an unreachable archive (InfluxDB down) 502. A damaged but readable session is answered as usual,
     * with its damage listed.
     */
    private static Handler guard(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (BadRequest e) {
                ctx.status(400).json(Map.of("error", ctx.method() + " " + ctx.path() + ": " + e.getMessage(),
                        "field", e.field()));
            } catch (IllegalArgumentException e) {
                ctx.status(400).json(Map.of("error", ctx.method() + " " + ctx.path() + ": " + e.getMessage()));
            } catch (NoSuchFileException e) {
                ctx.status(404).json(Map.of("error", e.getMessage()));
            } catch (CorruptJournalException e) {
                ctx.status(409).json(Map.of("error", ctx.method() + " " + ctx.path()
                        + ": this session's journal cannot be read: " + e.getMessage()));
            } catch (IllegalStateException e) {
                ctx.status(503).json(Map.of("error", e.getMessage()));
            } catch (UnsupportedOperationException e) {
                ctx.status(405).json(Map.of("error", e.getMessage()));
            } catch (SessionArchive.Unavailable e) {
                ctx.status(502).json(Map.of("error", ctx.method() + " " + ctx.path() + ": " + e.getMessage()));
            }
        };
    }
}
