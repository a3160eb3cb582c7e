package dev.ashiatsu.dashboard.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.AccessRoutes;
import dev.ashiatsu.dashboard.web.DashboardServer;
import dev.ashiatsu.recorder.SessionArchive;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review server without a table: the access checks, the review routes (read-only) on a
 * {@link SessionArchive} and the static pages; {@code /} opens the session list. The live, profile and
 * calibration routes are not installed, so their pages have nothing to talk to ({@code /index.html} stays
 * served: replay borrows its markup).
 *
 * <pre>
 *   browser --HTTP--> AccessRoutes (guard) --> ReviewRoutes --> SessionArchive (e.g. InfluxDB)
 * </pre>
 */
public final class ReviewOnlyServer implements AutoCloseable {

    private final String host;
    private final int requestedPort;
    private final AccessRoutes access;
    private final ReviewRoutes review;
    private final SessionArchive sessions;
    private final String archive;
    private Javalin app;

    /**
     * @param port        the port, 0 for any free one
     * @param description where the sessions come from, shown by {@code GET /api/health}
     */
    public ReviewOnlyServer(String host, int port, AccessControl access, SessionArchive sessions, String description) {
        this.host = host;
        this.requestedPort = port;
        this.access = new AccessRoutes(access);
        this.review = new ReviewRoutes(sessions, null);
        this.sessions = sessions;
        this.archive = description;
    }

    /** Starts listening; fails (with Jetty's reason) when the port is taken. */
    public ReviewOnlyServer start() {
        ObjectMapper json = new ObjectMapper();
        app = Javalin.create(config -> {
            DashboardServer.configure(config, host, requestedPort, json);
            access.addRoutes(config);
            config.routes.before("/", ctx -> {
                if (ctx.path().equals("/")) {
                    ctx.redirect("/review.html");
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.get("/api/health", ctx -> ctx.json(health()));
            review.addRoutes(config);
        });
        app.start();
        return this;
    }

    /** {@code status} ok or fault, {@code mode} review, {@code sessions} where from, {@code problem} null or why. */
    private Map<String, Object> health() {
        String problem = sessions.problem();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem == null ? "ok" : "fault");
        body.put("mode", "review");
        body.put("sessions", archive);
        body.put("problem", problem);
        return body;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return DashboardServer.browserUrl(host, port());
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
