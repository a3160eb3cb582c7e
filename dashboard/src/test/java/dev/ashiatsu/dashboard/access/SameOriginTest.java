package dev.ashiatsu.dashboard.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The same-origin rule of the access checks: scheme, host and port, with the scheme's default port. */
class SameOriginTest {

    @Test
    void matchesTheSameSchemeHostAndPort() {
        assertTrue(AccessRoutes.sameOrigin("http://localhost:7070", "http", "localhost:7070"));
        assertTrue(AccessRoutes.sameOrigin("HTTP://LocalHost:7070", "http", "localhost:7070"));
        assertTrue(AccessRoutes.sameOrigin("http://[::1]:7070", "http", "[::1]:7070"));
    }

    @Test
    void aMissingPortIsTheSchemesDefault() {
        assertTrue(AccessRoutes.sameOrigin("http://localhost", "http", "localhost:80"));
        assertTrue(AccessRoutes.sameOrigin("http://localhost:80", "http", "localhost"));
        assertFalse(AccessRoutes.sameOrigin("http://localhost:7070", "http", "localhost"));
    }

    @Test
    void anotherSchemeIsAnotherSite() {
        assertFalse(AccessRoutes.sameOrigin("https://localhost:7070", "http", "localhost:7070"));
        assertFalse(AccessRoutes.sameOrigin("file://localhost:7070", "http", "localhost:7070"));
    }

    @Test
    void anOpaqueOrMalformedOriginIsRefused() {
        assertFalse(AccessRoutes.sameOrigin("null", "http", "localhost:7070"));
        assertFalse(AccessRoutes.sameOrigin("http://bad host", "http", "localhost:7070"));
    }
}
