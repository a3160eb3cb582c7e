package dev.ashiatsu.bench.pi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Someone reviewing recorded sessions on the table's own server while it monitors: each call opens the next
 * session in turn as the session page does ({@code GET /api/sessions/{id}}, then the whole-session series for
 * 1400 pixels) and takes the time of both. One thread at a time.
 */
final class Reviewer {

    private final HttpClient http;
    private final URI base;
    private final List<String> sessionIds;
    private final Distribution openMs = new Distribution();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private int next;

    Reviewer(HttpClient http, URI base, List<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            throw new IllegalArgumentException("a reviewer needs at least one recorded session");
        }
        this.http = http;
        this.base = base;
        this.sessionIds = List.copyOf(sessionIds);
    }

    /** Opens the next session; a failure (status not 200, no answer in 60 s) is counted, not thrown. */
    void openNext() {
        String id = sessionIds.get(next);
        next = (next + 1) % sessionIds.size();
        long start = System.nanoTime();
        try {
            get("/api/sessions/" + id);
            get("/api/sessions/" + id + "/series?points=1400");
            openMs.add((System.nanoTime() - start) / 1e6);
        } catch (Exception e) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, id + ": " + e.getMessage());
        }
    }

    Distribution openMs() {
        return openMs;
    }

    int failures() {
        return failures.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    int sessions() {
        return sessionIds.size();
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
