package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.Phase;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.PipelineHealth;
import dev.ashiatsu.dashboard.stream.ClientChannel;
import dev.ashiatsu.dashboard.stream.LiveBroadcaster;
import dev.ashiatsu.dashboard.stream.LiveMessages;
import dev.ashiatsu.dashboard.stream.TextSink;
import dev.ashiatsu.recorder.SessionRecorder;
import dev.ashiatsu.recorder.influx.UploadStatus;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The live routes: {@code /ws/live} (the stream), {@code GET /api/state} (the latest update),
 * {@code GET /api/health}, {@code POST /api/tare}, {@code POST /api/phase} and {@code POST /api/alarms/{id}/ack}.
 */
public final class LiveRoutes implements RouteModule {

    private final AcquisitionPipeline pipeline;
    private final LiveBroadcaster broadcaster;
    private final LiveMessages messages;
    private final SessionRecorder recorder;
    private final Map<String, ClientChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Stream> streamsByToken = new ConcurrentHashMap<>();

    /** @param recorder for the InfluxDB upload state; null for none */
    public LiveRoutes(AcquisitionPipeline pipeline, LiveBroadcaster broadcaster, LiveMessages messages,
                      SessionRecorder recorder, AccessControl access) {
        access.onLogout(this::closeStreamsOf);
        this.pipeline = pipeline;
        this.recorder = recorder;
        this.broadcaster = broadcaster;
        this.messages = messages;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.ws("/ws/live", this::stream);
        config.routes.get("/api/state", ctx -> ctx.json(messages.update()));
        config.routes.get("/api/context", ctx -> ctx.json(messages.context()));
        config.routes.get("/api/health", this::health);
        config.routes.post("/api/tare", this::tare);
        config.routes.post("/api/phase", this::phase);
        config.routes.post("/api/alarms/{id}/ack", this::acknowledge);
    }

    private void stream(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(5));
            ClientChannel channel = new ClientChannel(new JettySink(ctx.session));
            channels.put(ctx.sessionId(), channel);
            String token = ctx.cookie(AccessControl.COOKIE);
            if (token != null) {
                streamsByToken.put(ctx.sessionId(), new Stream(token, ctx));
            }
            broadcaster.add(channel);
        });
        ws.onClose(ctx -> drop(ctx));
        ws.onError(ctx -> drop(ctx));
    }

    /** A logged-out session's live streams end at once (policy violation, 1008). */
    private void closeStreamsOf(String token) {
        streamsByToken.values().removeIf(stream -> {
            if (stream.token().equals(token)) {
                stream.ctx().closeSession(1008, "logged out");
                return true;
            }
            return false;
        });
    }

    private record Stream(String token, WsContext ctx) {
    }

    private void drop(WsContext ctx) {
        streamsByToken.remove(ctx.sessionId());
        ClientChannel channel = channels.remove(ctx.sessionId());
        if (channel != null) {
            broadcaster.remove(channel);
            channel.close("closed");
        }
    }

    private void health(Context ctx) {
        PipelineHealth health = pipeline.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.faults().isEmpty() ? "ok" : "fault");
        body.put("source", health.source());
        body.put("sourceState", health.sourceHealth() == null ? null : health.sourceHealth().state());
        double rate = health.sourceHealth() == null ? Double.NaN : health.sourceHealth().sampleRateHz();
        body.put("sampleRateHz", Double.isFinite(rate) ? rate : null);
        body.put("tableSampleRateHz", pipeline.table().sampleRateHz());
        body.put("lastFrameAgeMs", health.lastFrameAgeMs());
        body.put("framesIn", health.framesIn());
        body.put("framesDropped", health.framesDropped());
        body.put("input", health.sourceHealth() == null ? null : health.sourceHealth().counters());
        body.put("liveClients", broadcaster.clientCount());
        body.put("faults", health.faults());
        body.put("jvm", jvm());
        UploadStatus upload = recorder == null ? null : recorder.uploadStatus();
        if (upload != null) {
            body.put("influx", influx(upload));
        }
        ctx.json(body);
    }

    /** The InfluxDB upload: an error here is a backlog, not a fault (the journal keeps everything). */
    private static Map<String, Object> influx(UploadStatus upload) {
        Map<String, Object> influx = new LinkedHashMap<>();
        influx.put("url", upload.url());
        influx.put("status", upload.healthy() ? "ok" : "retrying");
        influx.put("lastError", upload.lastError());
        influx.put("pendingBytes", upload.backlogBytes());
        influx.put("pointsWritten", upload.pointsWritten());
        influx.put("lastUploadEpochMs", upload.lastUploadEpochMs());
        influx.put("failedSessions", upload.failedSessions());
        return influx;
    }

    /** Heap figures: in use now, and in use after the last collection of each heap pool (the trend to watch). */
    private static Map<String, Object> jvm() {
        Runtime runtime = Runtime.getRuntime();
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            afterGc += collected == null ? 0 : collected.getUsed();
        }
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory());
        jvm.put("heapAfterGcBytes", afterGc);
        jvm.put("heapMaxBytes", runtime.maxMemory());
        jvm.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        return jvm;
    }

    private void tare(Context ctx) throws Exception {
        Pipelines.await(pipeline.tare(), 2);
        ctx.json(Map.of("tared", true));
    }

    private void phase(Context ctx) throws Exception {
        String text = JsonBody.of(ctx).requireText("phase");
        Phase phase;
        if (text.equals("AUTO")) {
            phase = null;
        } else {
            try {
                phase = Phase.valueOf(text);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("phase", "must be AUTO, EMPTY, CLIENT or LOADED, was '" + text + "'");
            }
        }
        Pipelines.await(pipeline.overridePhase(phase), 2);
        ctx.json(Map.of("phase", text));
    }

    private void acknowledge(Context ctx) throws Exception {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequest("id", "must be an alarm id (a whole number), was '" + ctx.pathParam("id") + "'");
        }
        if (!Pipelines.await(pipeline.acknowledge(id), 2)) {
            throw new NotFound("no listed alarm with id " + id);
        }
        ctx.json(Map.of("acknowledged", id));
    }

    /** Writes to one browser's Jetty WebSocket session without blocking. */
    private record JettySink(Session session) implements TextSink {
        @Override
        public void send(String text, Consumer<Throwable> done) {
            session.sendText(text, Callback.from(() -> done.accept(null), done));
        }

        @Override
        public void close(String reason) {
            if (session.isOpen()) {
                session.close(1008, reason.length() > 100 ? reason.substring(0, 100) : reason, Callback.NOOP);
            }
        }
    }
}
