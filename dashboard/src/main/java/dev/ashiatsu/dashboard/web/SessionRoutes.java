package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.GuideSetting;
import dev.ashiatsu.dashboard.live.SessionState;
import dev.ashiatsu.dashboard.store.DataDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live session: {@code GET /api/session} (who, since when, the events so far),
 * {@code POST /api/session/start} with {@code {"clientId", "practitionerId"}}, {@code POST /api/session/stop},
 * {@code PUT /api/session/guide} with {@code {"enabled", "fromShare"}} (the audible load guide),
 * {@code PUT /api/session/bands} with {@code {"bands": {ZONE: {"lowPercent", "highPercent"}}}} (target bands).
 */
public final class SessionRoutes implements RouteModule {

    private final AcquisitionPipeline pipeline;
    private final DataDirectory data;

    public SessionRoutes(AcquisitionPipeline pipeline, DataDirectory data) {
        this.pipeline = pipeline;
        this.data = data;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.get("/api/session", ctx -> ctx.json(describe(pipeline.session())));
        config.routes.post("/api/session/start", this::start);
        config.routes.post("/api/session/stop", ctx -> ctx.json(describe(Pipelines.await(pipeline.stopSession(), 5))));
        config.routes.put("/api/session/guide", this::guide);
        config.routes.put("/api/session/bands", ctx -> ctx.json(describe(Pipelines.await(
                pipeline.setBands(BandsBody.read(JsonBody.required(ctx))), 5))));
    }

    /** {@code PUT /api/session/guide {"enabled", "fromShare"}}: both required, nothing else accepted. */
    private void guide(Context ctx) throws Exception {
        JsonBody body = JsonBody.required(ctx);
        body.node().fieldNames().forEachRemaining(field -> {
            if (!field.equals("enabled") && !field.equals("fromShare")) {
                throw new BadRequest(field, "is not a field of the load guide (enabled, fromShare)");
            }
        });
        if (!body.node().path("enabled").isBoolean()) {
            throw new BadRequest("enabled", "is required: true or false");
        }
        double fromShare = body.requireNumber("fromShare", GuideSetting.MIN_FROM_SHARE, GuideSetting.MAX_FROM_SHARE);
        GuideSetting guide = new GuideSetting(body.node().get("enabled").booleanValue(), fromShare);
        ctx.json(describe(Pipelines.await(pipeline.setGuide(guide), 5)));
    }

    private void start(Context ctx) throws Exception {
        JsonBody body = JsonBody.of(ctx);
        String clientId = body.requireText("clientId");
        String practitionerId = body.requireText("practitionerId");
        ClientProfile client = data.clients().find(clientId)
                .orElseThrow(() -> new BadRequest("clientId", "no client with id '" + clientId + "'"));
        PractitionerProfile practitioner = data.practitioners().find(practitionerId)
                .orElseThrow(() -> new BadRequest("practitionerId", "no practitioner with id '" + practitionerId + "'"));
        ctx.json(describe(Pipelines.await(pipeline.startSession(client, practitioner), 5)));
    }

    private Map<String, Object> describe(SessionState session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("running", session.running());
        body.put("sessionId", session.sessionId());
        body.put("startedEpochMs", session.running() ? session.startedEpochMs() : null);
        body.put("client", ConfigWriter.fields(session.client()));
        body.put("practitioner", ConfigWriter.fields(session.practitioner()));
        body.put("guide", session.guide());
        body.put("bands", session.bands());
        body.put("events", pipeline.sessionLog().list());
        return body;
    }
}
