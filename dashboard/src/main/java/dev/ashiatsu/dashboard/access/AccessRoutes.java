package dev.ashiatsu.dashboard.access;

import dev.ashiatsu.dashboard.web.JsonBody;
import dev.ashiatsu.dashboard.web.RouteModule;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The access checks in front of every route:
 * <ul>
 *   <li>a request that changes something (not GET/HEAD) and carries an Origin header must come from a page
 *       of this server (no cross-site requests, even on loopback);</li>
 *   <li>when a password is required: pages redirect to {@code /login.html} and {@code /api/...} answers 401
 *       without a valid session cookie; {@code POST /api/login} checks the password, paced per address
 *       (or per browser that logged in before) by {@link LoginThrottle};</li>
 *   <li>the WebSocket upgrade checks the Origin and the session the same way;</li>
 *   <li>without a password (loopback only) every request must name a loopback host: a web page whose
 *       DNS name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is refused.</li>
 * </ul>
 * A refusal is JSON like every other error: 401 or 403 with {@code {"error": "..."}}.
 */
public final class AccessRoutes implements RouteModule {

    private static final Set<String> PUBLIC = Set.of("/login.html", "/api/login", "/api/access", "/app.css",
            "/login.js", "/favicon.ico");

    private final AccessControl access;

    public AccessRoutes(AccessControl access) {
        this.access = access;
    }

    /** A request refused by the access checks: its status (401 or 403) and why. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.exception(Refused.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
        config.routes.before(this::guard);
        config.routes.wsBeforeUpgrade(this::guardUpgrade);
        config.routes.post("/api/login", this::login);
        config.routes.post("/api/logout", this::logout);
        config.routes.get("/api/access", ctx -> ctx.json(Map.of("passwordRequired", access.required(),
                "loggedIn", access.allows(ctx.cookie(AccessControl.COOKIE)))));
    }

    private void guard(Context ctx) {
        requireLoopbackHostWhenOpen(ctx);
        HandlerType method = ctx.method();
        if (method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS) {
            requireSameOrigin(ctx);
        }
        if (PUBLIC.contains(ctx.path()) || access.allows(ctx.cookie(AccessControl.COOKIE))) {
            return;
        }
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/ws/")) {
            throw new Refused(401, "log in first: POST /api/login with {\"password\": ...}");
        }
        ctx.redirect("/login.html");
        ctx.skipRemainingHandlers();
    }

    private void guardUpgrade(Context ctx) {
        requireLoopbackHostWhenOpen(ctx);
        requireSameOrigin(ctx);
        if (!access.allows(ctx.cookie(AccessControl.COOKIE))) {
            throw new Refused(401, "log in first: POST /api/login with {\"password\": ...}");
        }
    }

    /**
     * Checks a password when its turn comes ({@link LoginThrottle}): at once, after a wait (the request is
     * held without holding a server thread), or 429 when the turn is too far away. A browser that logged in
     * before is paced under its device id, apart from everyone else at its address.
     */
    private void login(Context ctx) {
        String password = JsonBody.of(ctx).requireText("password");
        Optional<String> device = access.devices().verify(ctx.cookie(KnownDevices.COOKIE));
        String key = device.map(id -> "device " + id).orElse("address " + ctx.ip());
        LoginThrottle.Turn turn = access.throttle().reserve(key);
        if (!turn.admitted()) {
            ctx.header("Retry-After", Long.toString(turn.retryAfterSeconds()));
            ctx.status(429).json(Map.of("error", "too many login attempts from " + key + ": try again in "
                    + turn.retryAfterSeconds() + " s"));
            return;
        }
        if (turn.waitNanos() == 0) {
            check(ctx, password, key, device);
            return;
        }
        ctx.future(() -> CompletableFuture.runAsync(() -> check(ctx, password, key, device),
                CompletableFuture.delayedExecutor(turn.waitNanos(), TimeUnit.NANOSECONDS)));
    }

    private void check(Context ctx, String password, String key, Optional<String> device) {
        var token = access.login(password);
        if (token.isEmpty()) {
            ctx.status(401).json(Map.of("error", "wrong password", "field", "password"));
            return;
        }
        access.throttle().succeeded(key);
        if (access.required()) {
            ctx.res().addHeader("Set-Cookie", AccessControl.cookie(token.get()));
            ctx.res().addHeader("Set-Cookie", access.devices().cookie(device));
        }
        ctx.json(Map.of("loggedIn", true));
    }

    private void logout(Context ctx) {
        access.logout(ctx.cookie(AccessControl.COOKIE));
        ctx.header("Set-Cookie", AccessControl.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.json(Map.of("loggedIn", false));
    }

    /** Without a password the server is for this machine only: the Host header must be a loopback name. */
    private void requireLoopbackHostWhenOpen(Context ctx) {
        if (access.required()) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !isLoopbackName(hostName(host))) {
            throw new Refused(403, "Host " + host + " refused: without a password this server answers only "
                    + "to localhost, 127.0.0.1 or [::1]");
        }
    }

    /** The name part of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}). */
    static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    static boolean isLoopbackName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.equals("::1")
                || lower.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /**
     * A browser request from another site's page is refused; requests without Origin (scripts, curl) pass.
     * Same site means the same scheme, host and port (a missing port is the scheme's default).
     */
    private static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !sameOrigin(origin, ctx.scheme(), host)) {
            throw new Refused(403, "cross-site request refused: Origin " + origin + " is not this server ("
                    + ctx.scheme() + "://" + host + ")");
        }
    }

    /** True when {@code origin} (a URL) names {@code scheme://host} (a Host header, port optional). */
    static boolean sameOrigin(String origin, String scheme, String host) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String originScheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int originPort = uri.getPort() < 0 ? defaultPort(originScheme) : uri.getPort();
        return originScheme.equals(scheme.toLowerCase(Locale.ROOT))
                && unbracketed(uri.getHost()).equalsIgnoreCase(hostName(host))
                && originPort == hostPort(host, scheme);
    }

    /** The port of a Host header, else the scheme's default; -1 when it is not a number. */
    static int hostPort(String host, String scheme) {
        int close = host.lastIndexOf(']');
        int colon = host.lastIndexOf(':');
        if (colon <= close || (close < 0 && host.indexOf(':') != colon)) {
            return defaultPort(scheme.toLowerCase(Locale.ROOT));
        }
        try {
            return Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
