package dev.ashiatsu.dashboard.review;

import java.util.concurrent.CompletableFuture;

/** Where review notes go: the recorder's writer thread (the only writer of journals). */
@FunctionalInterface
public interface NoteSink {

    /** Appends a note to a session; completes when it is on disk, or fails with the reason. */
    CompletableFuture<Void> note(String sessionId, double tMs, String text);
}
