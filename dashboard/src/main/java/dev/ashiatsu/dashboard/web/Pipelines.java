package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.dashboard.calibration.CalibrationRejected;
import dev.ashiatsu.dashboard.live.BandRefused;
import dev.ashiatsu.dashboard.live.TareRefused;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns the failure of a command run on the acquisition thread into the route exception it means
 * (which {@link DashboardServer#configure} maps to a status): a refusal stays itself, a timeout or a
 * command the pipeline cannot run now becomes a {@link Conflict}.
 */
final class Pipelines {

    private Pipelines() {
    }

    /** Waits on the request thread, for commands that finish within a frame or two. */
    static <T> T await(CompletableFuture<T> command, long seconds) throws InterruptedException {
        try {
            return command.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            command.cancel(true);
            throw meaning(e);
        } catch (ExecutionException e) {
            throw meaning(e.getCause());
        }
    }

    /** The same meaning for a future answered off the request thread ({@code ctx.future}). */
    static <T> CompletableFuture<T> answer(CompletableFuture<T> command) {
        return command.handle((value, error) -> {
            if (error != null) {
                throw meaning(error);
            }
            return value;
        });
    }

    static RuntimeException meaning(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CalibrationRejected || cause instanceof TareRefused || cause instanceof BandRefused
                || cause instanceof BadRequest
                || cause instanceof Conflict || cause instanceof NotFound || cause instanceof TooBusy) {
            return (RuntimeException) cause;
        }
        if (cause instanceof TimeoutException) {
            return new Conflict("the source gave no answer in time: is it delivering frames? (see /api/health)");
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
            return new Conflict(cause.getMessage());
        }
        return new IllegalStateException(cause.toString(), cause);
    }
}
