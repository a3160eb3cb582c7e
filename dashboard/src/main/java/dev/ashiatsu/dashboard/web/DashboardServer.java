package dev.ashiatsu.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.AccessRoutes;
import dev.ashiatsu.dashboard.calibration.CalibrationRejected;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.BandRefused;
import dev.ashiatsu.dashboard.live.TareRefused;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.dashboard.store.ToleranceStore;
import dev.ashiatsu.dashboard.stream.LiveBroadcaster;
import dev.ashiatsu.dashboard.stream.LiveMessages;
import dev.ashiatsu.recorder.SessionRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP server (Javalin): the access checks, the live routes, profiles, session and
 * calibration, the static pages (classpath {@code /web}) and the Chart.js WebJar, plus any extra
 * {@link RouteModule}s (the review pages), installed in the order given.
 *
 * <pre>
 *   browser --HTTP--> AccessRoutes (guard) --> LiveRoutes / ProfileRoutes / SessionRoutes / CalibrationRoutes / extra
 *   browser <--/ws/live-- LiveBroadcaster <-- AcquisitionPipeline
 * </pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final String host;
    private final int requestedPort;
    private final List<RouteModule> modules = new ArrayList<>();
    private final ObjectMapper json;
    private Javalin app;

    /**
     * @param host         the address to listen on, e.g. {@code 127.0.0.1}
     * @param port         the port, 0 for any free one
     * @param recorder     for the InfluxDB upload state in {@code /api/health}; null for none
     * @param extraModules more routes, e.g. the review pages; installed after the built-in ones
     */
    public DashboardServer(String host, int port, AcquisitionPipeline pipeline, LiveBroadcaster broadcaster,
                           LiveMessages messages, DataDirectory data, AccessControl access, ObjectMapper json,
                           SessionRecorder recorder, List<RouteModule> extraModules) {
        this.host = host;
        this.requestedPort = port;
        this.json = json;
        modules.add(new AccessRoutes(access));
        modules.add(new LiveRoutes(pipeline, broadcaster, messages, recorder, access));
        modules.add(new SessionRoutes(pipeline, data));
        modules.add(new CalibrationRoutes(pipeline, data));
        modules.add(new ProfileRoutes<ClientProfile>("clients", data.clients(), ConfigReader::parseClient,
                ConfigWriter::fields, ConfigReader.CLIENT_FIELDS));
        modules.add(new ProfileRoutes<PractitionerProfile>("practitioners", data.practitioners(),
                ConfigReader::parsePractitioner, ConfigWriter::fields, ConfigReader.PRACTITIONER_FIELDS));
        modules.add(new ToleranceRoutes(new ToleranceStore(data.tolerancesDir(), data.clients(),
                new SessionStore(data.sessionsDir()), System::currentTimeMillis), pipeline));
        modules.addAll(extraModules);
    }

    /** Starts listening; fails (with Jetty's reason) when the port is taken. */
    public DashboardServer start() {
        app = Javalin.create(config -> {
            configure(config, host, requestedPort, json);
            modules.forEach(module -> module.addRoutes(config));
        });
        app.start();
        return this;
    }

    /**
     * What every server of the application shares: the address, JSON, the pages and WebJars from the
     * class path, a 64 KB request bound, and the one mapping of request faults to 400/404/409/422/429 (an
     * unreadable request, e.g. a body cut short, is a 400 too; a stored config or profile the core refuses
     * is a 409 with its reason; 500 only for a real failure, logged).
     */
    public static void configure(JavalinConfig config, String host, int port, ObjectMapper json) {
        config.jetty.host = host;
        config.jetty.port = port;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.staticFiles.add("/web", Location.CLASSPATH);
        config.staticFiles.enableWebjars();
        config.http.maxRequestSize = 64 * 1024;
        config.routes.exception(BadRequest.class, (e, ctx) ->
                ctx.status(400).json(Map.of("error", e.getMessage(), "field", e.field())));
        config.routes.exception(NotFound.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
        config.routes.exception(Conflict.class, (e, ctx) -> ctx.status(409).json(Map.of("error", e.getMessage())));
        config.routes.exception(ConfigException.class, (e, ctx) -> ctx.status(409).json(Map.of("error", e.getMessage())));
        config.routes.exception(CalibrationRejected.class, (e, ctx) ->
                ctx.status(422).json(Map.of("error", e.getMessage())));
        config.routes.exception(TareRefused.class, (e, ctx) -> ctx.status(409).json(refusal(e)));
        config.routes.exception(BandRefused.class, (e, ctx) ->
                ctx.status(409).json(Map.of("error", e.getMessage(), "field", e.field())));
        config.routes.exception(TooBusy.class, (e, ctx) -> ctx.status(429)
                .header("Retry-After", String.valueOf(e.retryAfterS())).json(Map.of("error", e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            var broken = BrokenRequest.status(e);
            if (broken.isPresent()) {
                LOG.info("{} {} from {}: unreadable request: {}", ctx.method(), ctx.path(), ctx.ip(), e.toString());
                ctx.status(broken.get()).json(Map.of("error", BrokenRequest.message(ctx.method().name(), ctx.path(), e),
                        "field", "body"));
                return;
            }
            LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
            ctx.status(500).json(Map.of("error", "internal error: " + e));
        });
    }

    /** A refused tare: the reason, and the figures it rests on. */
    private static Map<String, Object> refusal(TareRefused e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("phase", e.check().phase());
        body.put("tableKg", Math.round(e.check().tableKg() * 10) / 10.0);
        body.put("barKg", Math.round(e.check().barKg() * 10) / 10.0);
        body.put("steady", e.check().steady());
        return body;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return browserUrl(host, port());
    }

    /** The address a browser on this machine opens for a server bound to {@code host:port}. */
    public static String browserUrl(String host, int port) {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port + "/";
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
