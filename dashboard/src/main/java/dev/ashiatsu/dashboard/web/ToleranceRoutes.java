package dev.ashiatsu.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.core.tolerance.LimitSuggester;
import dev.ashiatsu.core.tolerance.ToleranceStop;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.SessionState;
import dev.ashiatsu.dashboard.store.ProfileStore;
import dev.ashiatsu.dashboard.store.ToleranceHarvest;
import dev.ashiatsu.dashboard.store.ToleranceRefused;
import dev.ashiatsu.dashboard.store.ToleranceStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Limits learned from the client (docs/guide.md): {@code GET /api/clients/{id}/tolerance} (the stops per zone,
 * the suggestions, the acceptances) and {@code POST /api/clients/{id}/tolerance/accept} with
 * {@code {"zone", "by", "factor"?}}, which lowers that zone's factor in the profile and records who accepted it
 * (in the tolerance file and the session's events). Nothing else changes a limit.
 */
public final class ToleranceRoutes implements RouteModule {

    private final ToleranceStore store;
    private final AcquisitionPipeline pipeline;

    public ToleranceRoutes(ToleranceStore store, AcquisitionPipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.get("/api/clients/{id}/tolerance", this::get);
        config.routes.post("/api/clients/{id}/tolerance/accept", this::accept);
    }

    private void get(Context ctx) throws Exception {
        ctx.json(describe(view(clientId(ctx))));
    }

    private void accept(Context ctx) throws Exception {
        String id = clientId(ctx);
        JsonBody body = JsonBody.required(ctx).only("zone", "by", "factor");
        Zone zone = zone(body.requireText("zone"));
        String by = body.requireText("by").strip();
        if (by.length() > 100) {
            throw new BadRequest("by", "must be at most 100 characters");
        }
        JsonNode factorNode = body.node().get("factor");
        Double factor = factorNode == null || factorNode.isNull() ? null : body.requireNumber("factor", 0, 2);
        SessionState session = pipeline.session();
        ToleranceStore.Accepted accepted;
        try {
            accepted = store.accept(id, zone, factor, by, session.running() ? session.sessionId() : null);
        } catch (NoSuchElementException e) {
            throw new NotFound(e.getMessage());
        } catch (ToleranceRefused e) {
            throw new Conflict(e.getMessage());
        }
        var a = accepted.acceptance();
        Pipelines.await(pipeline.recordEvent("tolerance", "client " + id + ": " + zone + " limit factor lowered from "
                + a.fromFactor() + " to " + a.toFactor() + ", accepted by " + by), 5);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("profile", ConfigWriter.fields(accepted.profile()));
        answer.put("acceptance", a);
        ctx.json(answer);
    }

    private ToleranceStore.View view(String id) throws Exception {
        try {
            return store.view(id);
        } catch (NoSuchElementException e) {
            throw new NotFound(e.getMessage());
        } catch (ToleranceRefused e) {
            throw new Conflict(e.getMessage());
        }
    }

    private static Map<String, Object> describe(ToleranceStore.View view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", view.profile().id());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("margin", LimitSuggester.MARGIN);
        rule.put("recentDays", LimitSuggester.RECENT_DAYS);
        rule.put("factorStep", LimitSuggester.FACTOR_STEP);
        rule.put("minFactor", LimitSuggester.MIN_FACTOR);
        rule.put("noteWindowMs", ToleranceHarvest.NOTE_WINDOW_MS);
        body.put("rule", rule);
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            List<ToleranceStop> stops = view.file().stops().stream().filter(s -> s.zone() == zone).toList();
            if (stops.isEmpty()) {
                continue;
            }
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("zone", zone);
            z.put("factor", view.profile().factorOf(zone));
            List<ToleranceStop> newestFirst = new ArrayList<>(stops);
            java.util.Collections.reverse(newestFirst);
            z.put("stops", newestFirst);
            z.put("suggestion", view.suggestions().stream().filter(s -> s.zone() == zone).findFirst()
                    .orElse(null));
            zones.add(z);
        }
        body.put("zones", zones);
        body.put("suggestions", view.suggestions());
        body.put("acceptances", view.file().acceptances());
        body.put("skipped", view.file().skipped());
        return body;
    }

    private static String clientId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ProfileStore.isValidId(id)) {
            throw new BadRequest("id", "must be 1-64 letters, digits, '-' or '_', was '" + id + "'");
        }
        return id;
    }

    private static Zone zone(String name) {
        try {
            Zone zone = Zone.valueOf(name);
            if (zone != Zone.OFF_BODY) {
                return zone;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw new BadRequest("zone", "must be a body zone (FOOT ... HEAD_NECK), was '" + name + "'");
    }
}
