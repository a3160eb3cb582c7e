package dev.ashiatsu.dashboard.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.review.SessionExport.Format;
import dev.ashiatsu.dashboard.web.BadRequest;
import dev.ashiatsu.dashboard.web.JsonBody;
import dev.ashiatsu.dashboard.web.RouteModule;
import dev.ashiatsu.recorder.SessionArchive;
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
 * reduced for the pixels asked for, replay updates, notes and export. The pages are
 * {@code /review.html} and {@code /session.html}. Thin: the work is in {@link Series},
 * {@link ReplayUpdates}, {@link SessionExport} and the recorder's {@link SessionArchive} (the local journals,
 * or an InfluxDB bucket on a central review server, which is read-only: notes answer 405 there).
 */
public final class ReviewRoutes implements RouteModule {

    private final SessionArchive store;
    private final NoteSink notes;

    /** @param notes where notes go; null for a read-only archive */
    public ReviewRoutes(SessionArchive store, NoteSink notes) {
        this.store = store;
        this.notes = notes;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.get("/api/sessions", guard(this::list));
        config.routes.get("/api/sessions/{id}", guard(this::detail));
        config.routes.get("/api/sessions/{id}/series", guard(this::series));
        config.routes.get("/api/sessions/{id}/replay", guard(this::replay));
        config.routes.post("/api/sessions/{id}/notes", guard(this::addNote));
        config.routes.get("/api/sessions/{id}/export", guard(this::export));
    }

    private void list(Context ctx) throws Exception {
        String client = ctx.queryParam("clientId");
        String practitioner = ctx.queryParam("practitionerId");
        long from = longParam(ctx, "from", Long.MIN_VALUE);
        long to = longParam(ctx, "to", Long.MAX_VALUE);
        List<SessionSummary> sessions = store.list().stream()
                .filter(s -> client == null || client.equals(s.clientId()))
                .filter(s -> practitioner == null || practitioner.equals(s.practitionerId()))
                .filter(s -> s.startedAt() >= from && s.startedAt() < to)
                .toList();
        ctx.json(sessions);
    }

    private void detail(Context ctx) throws Exception {
        SessionData session = load(ctx);
        ctx.json(ReviewJson.detail(session, store.summary(session.id())));
    }

    private void series(Context ctx) throws Exception {
        SessionData session = load(ctx);
        double first = session.frames() > 0 ? session.tMs()[0] : 0;
        double last = session.frames() > 0 ? session.tMs()[session.frames() - 1] : 1;
        double from = Math.max(first, doubleParam(ctx, "from", first));
        double to = Math.min(last + 1, doubleParam(ctx, "to", last + 1));
        if (!(to > from)) {
            throw new BadRequest("to", "must be after 'from' and overlap the session (" + first + " to " + last + " ms)");
        }
        int points = intParam(ctx, "points", 1000, 1, 20_000);
        ctx.json(Series.of(session, from, to, points));
    }

    private void replay(Context ctx) throws Exception {
        SessionData session = load(ctx);
        double from = doubleParam(ctx, "from", session.frames() > 0 ? session.tMs()[0] : 0);
        double to = doubleParam(ctx, "to", from + 10_000);
        if (!(to > from) || to - from > 120_000) {
            throw new BadRequest("to", "a replay stretch is more than 0 and at most 120000 ms long, asked " + (to - from));
        }
        int rate = intParam(ctx, "rate", 20, 1, 100);
        ctx.json(ReplayUpdates.chunk(session, from, to, rate));
    }

    private void addNote(Context ctx) throws Exception {
        String id = requireId(ctx);
        if (notes == null) {
            throw new UnsupportedOperationException("this review server is read-only: add notes on the table's own dashboard");
        }
        JsonBody body = JsonBody.of(ctx);
        Note note = new Note(body.requireNumber("tMs", -1e13, 1e13), body.requireText("text").strip(),
                System.currentTimeMillis(), noteKind(body));
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
