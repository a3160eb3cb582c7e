package dev.ashiatsu.bench.pi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.source.Clock;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One live viewer on {@code /ws/live}, standing in for a browser: counts the updates it receives, takes each
 * update's delay from the moment its frame entered the server, and the delay of each {@code OVER_LIMIT} it is
 * told of from the moment the frame that raised it entered the server ({@link FrameClock}). Delays are counted
 * only while {@code measuring} says so (after the warm-up). Called by the WebSocket's thread, one message at a
 * time; the counters are read by any thread.
 */
final class Viewer implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Distribution updateDelayMs;
    private final Distribution overLimitDelayMs;
    private final BooleanSupplier measuring;
    private final FrameClock frameClock = new FrameClock();
    private final StringBuilder partial = new StringBuilder();
    final AtomicLong updates = new AtomicLong();
    final AtomicLong updateBytes = new AtomicLong();
    final AtomicLong overLimitsRaised = new AtomicLong();
    final AtomicLong alarmMessages = new AtomicLong();
    final AtomicLong unreadable = new AtomicLong();
    volatile boolean closed;

    Viewer(Distribution updateDelayMs, Distribution overLimitDelayMs, BooleanSupplier measuring) {
        this.updateDelayMs = updateDelayMs;
        this.overLimitDelayMs = overLimitDelayMs;
        this.measuring = measuring;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        long nowUs = Clock.SYSTEM.epochMicros(); // the clock the server stamps frameEpochUs with
        partial.append(data);
        if (last) {
            read(partial.toString(), nowUs);
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed = true;
    }

    private void read(String text, long nowUs) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (Exception e) {
            unreadable.incrementAndGet();
            return;
        }
        switch (message.path("type").asText()) {
            case "update" -> {
                long frameEpochUs = message.path("frameEpochUs").asLong();
                if (frameEpochUs <= 0 || !message.path("tMs").isNumber()) {
                    return;
                }
                updates.incrementAndGet();
                updateBytes.addAndGet(text.length());
                frameClock.update(message.path("tMs").asDouble(), frameEpochUs);
                if (measuring.getAsBoolean()) {
                    updateDelayMs.add((nowUs - frameEpochUs) / 1000.0);
                }
            }
            case "alarm" -> {
                alarmMessages.incrementAndGet();
                JsonNode alarm = message.path("alarm");
                if ("raised".equals(message.path("change").asText()) && "OVER_LIMIT".equals(alarm.path("type").asText())) {
                    overLimitsRaised.incrementAndGet();
                    if (measuring.getAsBoolean() && frameClock.ready()) {
                        overLimitDelayMs.add((nowUs - frameClock.epochUs(alarm.path("startMs").asDouble())) / 1000.0);
                    }
                }
            }
            default -> {
                // context, acknowledged and event messages carry nothing measured here
            }
        }
    }
}
