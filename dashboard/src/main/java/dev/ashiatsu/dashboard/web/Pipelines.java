package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.dashboard.calibration.CalibrationRejected;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a command run on the acquisition thread, turning its failure into the HTTP error it means. */
final class Pipelines {

    private Pipelines() {
    }

    static <T> T await(CompletableFuture<T> command, long seconds) throws InterruptedException {
        try {
            return command.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            command.cancel(true);
            throw new Conflict("the source gave no answer within " + seconds + " s: is it delivering frames? (see /api/health)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CalibrationRejected rejected) {
                throw rejected;
            }
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                throw new Conflict(cause.getMessage());
            }
            throw new IllegalStateException(cause.toString(), cause);
        }
    }
}
