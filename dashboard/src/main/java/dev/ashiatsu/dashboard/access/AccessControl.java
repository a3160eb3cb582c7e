package dev.ashiatsu.dashboard.access;

import dev.ashiatsu.core.source.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Who may use the dashboard. Open (no password) when the server listens on loopback only; otherwise a
 * password is required and a successful login gets a random session token, valid for
 * {@value #SESSION_HOURS} hours, carried in an HttpOnly, SameSite=Strict cookie. Thread-safe.
 */
public final class AccessControl {

    public static final String COOKIE = "ashiatsu_session";
    public static final String PASSWORD_ENV = "ASHIATSU_PASSWORD";
    static final long SESSION_HOURS = 12;

    private final byte[] passwordDigest;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final KnownDevices devices = new KnownDevices();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private final java.util.List<java.util.function.Consumer<String>> logoutListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private AccessControl(String password, Clock clock, LoginThrottle.Settings throttle) {
        this.passwordDigest = password == null ? null : digest(password);
        this.clock = clock;
        this.throttle = new LoginThrottle(throttle, clock);
    }

    /** No password: for a server bound to loopback only. */
    public static AccessControl open() {
        return new AccessControl(null, Clock.SYSTEM, LoginThrottle.DEFAULT);
    }

    public static AccessControl withPassword(String password, Clock clock) {
        return withPassword(password, clock, LoginThrottle.DEFAULT);
    }

    /** @param throttle how fast login attempts may come ({@link LoginThrottle#DEFAULT} but in tests) */
    public static AccessControl withPassword(String password, Clock clock, LoginThrottle.Settings throttle) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
        return new AccessControl(password, clock, throttle);
    }

    /**
     * Decides the access for where the server listens: loopback (every resolved address) is open unless a
     * password is given; anything else needs one, else this fails with a message saying how to set it.
     */
    public static AccessControl forHost(ListenHost host, Optional<String> password, String passwordFile) {
        if (password.isPresent()) {
            return withPassword(password.get(), Clock.SYSTEM);
        }
        if (host.loopback()) {
            return open();
        }
        throw new IllegalStateException(host.describe() + " lets other machines connect, so a password is "
                + "required: set the environment variable " + PASSWORD_ENV
                + " or write it in " + passwordFile + " (or keep the default --host 127.0.0.1)");
    }

    public boolean required() {
        return passwordDigest != null;
    }

    /** Paces login attempts per address or known browser. */
    public LoginThrottle throttle() {
        return throttle;
    }

    /** The browsers that logged in before (throttled apart from their address). */
    public KnownDevices devices() {
        return devices;
    }

    /** Checks a password in constant time; a new session token when right, empty when wrong. */
    public Optional<String> login(String password) {
        if (!required()) {
            return Optional.of("open");
        }
        if (password == null || !MessageDigest.isEqual(passwordDigest, digest(password))) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.put(token, clock.nanoTime() + TimeUnit.HOURS.toNanos(SESSION_HOURS));
        return Optional.of(token);
    }

    /** True when no password is required, or the token is a live session. */
    public boolean allows(String token) {
        if (!required()) {
            return true;
        }
        if (token == null) {
            return false;
        }
        Long expires = tokens.get(token);
        if (expires == null) {
            return false;
        }
        if (clock.nanoTime() - expires > 0) {
            tokens.remove(token);
            return false;
        }
        return true;
    }

    public void logout(String token) {
        if (token != null && tokens.remove(token) != null) {
            logoutListeners.forEach(listener -> listener.accept(token));
        }
    }

    /** Told of every token that logs out (e.g. to close the live streams it opened). */
    public void onLogout(java.util.function.Consumer<String> listener) {
        logoutListeners.add(listener);
    }

    /** The Set-Cookie value for a session token. */
    public static String cookie(String token) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + TimeUnit.HOURS.toSeconds(SESSION_HOURS);
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
