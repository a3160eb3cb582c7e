package dev.ashiatsu.dashboard.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Device cookies: only this server's own signatures are recognised. */
class KnownDevicesTest {

    private final KnownDevices devices = new KnownDevices();

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void recognisesTheDeviceItSigned() {
        String cookie = devices.cookie(Optional.empty());
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        Optional<String> id = devices.verify(value(cookie));
        assertTrue(id.isPresent(), cookie);
        assertEquals(id, devices.verify(value(devices.cookie(id))), "a known browser keeps its id");
    }

    @Test
    void ignoresForgedOrForeignOrMalformedCookies() {
        String id = devices.verify(value(devices.cookie(Optional.empty()))).orElseThrow();

        assertEquals(Optional.empty(), devices.verify(id + ".00"));
        assertEquals(Optional.empty(), devices.verify("other." + value(devices.cookie(Optional.of(id))).split("\\.")[1]));
        assertEquals(Optional.empty(), new KnownDevices().verify(value(devices.cookie(Optional.of(id)))));
        assertEquals(Optional.empty(), devices.verify("no-dot"));
        assertEquals(Optional.empty(), devices.verify(null));
    }
}
