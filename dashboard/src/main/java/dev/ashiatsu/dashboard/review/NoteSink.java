package dev.ashiatsu.dashboard.review;

import java.util.concurrent.CompletableFuture;

/** Where review notes go: the recorder's writer thread (the only writer of journals). */
@FunctionalInterface
public interface NoteSink {

    /**
     * Appends a note to a session; completes when it is on disk, or fails with the reason.
     *
     * @param kind null for a plain note, or {@code "discomfort"} ({@code Note#kind})
     */
    CompletableFuture<Void> note(String sessionId, double tMs, String text, String kind);
}
