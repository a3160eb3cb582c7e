package dev.ashiatsu.dashboard.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loopback is decided from the addresses a --host resolves to, never from how the name is spelt. */
class ListenHostTest {

    /** A resolver of names this test controls: anything else is unknown. */
    private static ListenHost.Resolver table(Map<String, String[]> names) {
        return host -> {
            String[] literals = names.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                addresses[i] = InetAddress.getByName(literals[i]);
            }
            return addresses;
        };
    }

    @Test
    void aNameStartingWith127ThatResolvesToTheWildcardIsNotLoopback() {
        ListenHost host = ListenHost.resolve("127.lan.test", table(Map.of("127.lan.test", new String[] {"0.0.0.0"})));

        assertFalse(host.loopback());
        assertEquals("0.0.0.0", host.bindAddress(), "binds the address that was checked, not the name again");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AccessControl.forHost(host, Optional.empty(), "data/password"));
        assertTrue(refused.getMessage().startsWith("--host 127.lan.test (resolves to 0.0.0.0) lets other machines"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(AccessControl.PASSWORD_ENV), refused.getMessage());
    }

    @Test
    void aNameWithOneAddressBeyondLoopbackIsNotLoopback() {
        ListenHost host = ListenHost.resolve("mixed.test",
                table(Map.of("mixed.test", new String[] {"127.0.0.1", "192.168.1.5"})));

        assertFalse(host.loopback());
    }

    @Test
    void theWildcardLiteralsAreNotLoopback() {
        assertFalse(ListenHost.resolve("0.0.0.0", ListenHost.SYSTEM).loopback());
        assertFalse(ListenHost.resolve("::", ListenHost.SYSTEM).loopback());
    }

    @Test
    void loopbackLiteralsAndLocalhostAreOpenWithoutAPassword() {
        for (String name : new String[] {"127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"}) {
            ListenHost host = ListenHost.resolve(name, ListenHost.SYSTEM);
            assertTrue(host.loopback(), name + " resolved to " + host.addresses());
            assertFalse(AccessControl.forHost(host, Optional.empty(), "x").required(), name);
        }
        assertEquals("127.0.0.2", ListenHost.resolve("127.0.0.2", ListenHost.SYSTEM).bindAddress());
    }

    @Test
    void aNameResolvingToLoopbackOnlyIsOpenAndBindsThatAddress() {
        ListenHost host = ListenHost.resolve("me.test", table(Map.of("me.test", new String[] {"127.0.1.1"})));

        assertTrue(host.loopback());
        assertEquals("127.0.1.1", host.bindAddress());
    }

    @Test
    void anUnknownNameIsAnErrorNamingIt() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ListenHost.resolve("nowhere.test", table(Map.of())));
        assertTrue(unknown.getMessage().contains("--host nowhere.test"), unknown.getMessage());
    }

    @Test
    void aPasswordIsUsedWhereverTheServerListens() {
        ListenHost loopback = ListenHost.resolve("127.0.0.1", ListenHost.SYSTEM);
        assertTrue(AccessControl.forHost(loopback, Optional.of("secret"), "x").required());
    }
}
