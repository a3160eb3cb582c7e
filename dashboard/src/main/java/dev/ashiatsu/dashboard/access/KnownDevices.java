package dev.ashiatsu.dashboard.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browsers that logged in before: after a successful login a browser gets a random device id signed with
 * a key of this server process (cookie {@value #COOKIE}, HttpOnly, SameSite=Strict). Its later login
 * attempts are throttled under that id instead of its address, so guesses by anyone else at the same
 * address never slow it down. The signature cannot be forged; a restart (a new key) makes every browser
 * unknown again. Thread-safe.
 */
public final class KnownDevices {

    public static final String COOKIE = "ashiatsu_device";
    static final long DAYS = 90;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];

    public KnownDevices() {
        random.nextBytes(key);
    }

    /** The device id of a cookie value this server signed; empty for none, a forgery or an old key's. */
    public Optional<String> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, dot);
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    /** The Set-Cookie value for a device: {@code id} when the browser had one, else a new random one. */
    public String cookie(Optional<String> id) {
        String device = id.orElseGet(() -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
        return COOKIE + "=" + device + "." + sign(device) + "; Path=/api/login; HttpOnly; SameSite=Strict; Max-Age="
                + TimeUnit.DAYS.toSeconds(DAYS);
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
