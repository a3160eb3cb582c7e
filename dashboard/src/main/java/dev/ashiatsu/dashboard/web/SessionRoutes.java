package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.GuideSetting;
import dev.ashiatsu.dashboard.live.SessionState;
import dev.ashiatsu.dashboard.store.BandPresets;
import dev.ashiatsu.dashboard.store.DataDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live session: {@code GET /api/session} (who, since when, the events so far),
 * {@code POST /api/session/start} with {@code {"clientId", "practitionerId"}}, {@code POST /api/session/stop},
 * {@code PUT /api/session/guide} with {@code {"enabled", "fromShare"}} (the audible load guide),
 * {@code PUT /api/session/bands} with {@code {"bands": {ZONE: {"lowPercent", "highPercent"}}}} or {@code {"preset"}}
 * (target bands), and the named band presets {@code GET /api/training/presets},
 * {@code PUT/DELETE /api/training/presets/{name}}.
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
        config.routes.put("/api/session/bands", this::bands);
        config.routes.get("/api/training/presets", ctx -> ctx.json(data.bandPresets().list()));
        config.routes.put("/api/training/presets/{name}", this::savePreset);
        config.routes.delete("/api/training/presets/{name}", this::deletePreset);
    }

    /** {@code PUT /api/session/bands}: {@code {"bands": {...}}} or {@code {"preset": NAME}}, not both. */
    private void bands(Context ctx) throws Exception {
        JsonBody body = JsonBody.required(ctx).only("bands", "preset");
        Map<Zone, TargetBand> bands;
        if (body.node().has("preset")) {
            if (body.node().has("bands")) {
                throw new BadRequest("preset", "give either bands or a preset, not both");
            }
            bands = preset(body.requireText("preset")).bands();
        } else {
            bands = BandsBody.read(body);
        }
        ctx.json(describe(Pipelines.await(pipeline.setBands(bands), 5)));
    }

    private BandPresets.Preset preset(String name) {
        try {
            return data.bandPresets().find(name)
                    .orElseThrow(() -> new BadRequest("preset", "no preset named '" + name + "'"));
        } catch (IOException e) {
            throw new Conflict("preset " + name + " cannot be read: " + e.getMessage());
        }
    }

    /** {@code PUT /api/training/presets/{name}} with {@code {"bands": {...}}}, validated as for a session. */
    private void savePreset(Context ctx) throws Exception {
        String name = presetName(ctx);
        BandPresets.Preset preset = new BandPresets.Preset(name, BandsBody.read(JsonBody.required(ctx)));
        data.bandPresets().save(preset);
        ctx.json(preset);
    }

    private void deletePreset(Context ctx) throws Exception {
        String name = presetName(ctx);
        if (!data.bandPresets().delete(name)) {
            throw new NotFound("no preset named '" + name + "'");
        }
        ctx.status(204);
    }

    private static String presetName(Context ctx) {
        String name = ctx.pathParam("name");
        if (!BandPresets.NAME.matcher(name).matches()) {
            throw new BadRequest("name", "must be 1-64 letters, digits, '-' or '_', was '" + name + "'");
        }
        return name;
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
