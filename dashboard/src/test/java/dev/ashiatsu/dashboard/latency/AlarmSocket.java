package dev.ashiatsu.dashboard.latency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@code /ws/live} client that keeps only alarm messages, each with the System.nanoTime it arrived at. */
final class AlarmSocket implements AutoCloseable {

    /** One alarm message: "raised" or "ended", the alarm's type and start (ms, the frames' clock). */
    record AlarmMessage(long arrivedNs, String change, String type, double startMs) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LinkedBlockingQueue<AlarmMessage> alarms = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    AlarmSocket(URI uri) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** The next alarm message of {@code type} with {@code change}, skipping others; null after the timeout. */
    AlarmMessage next(String change, String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            AlarmMessage message = alarms.poll(left, TimeUnit.NANOSECONDS);
            if (message != null && message.change().equals(change) && message.type().equals(type)) {
                return message;
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if ("alarm".equals(message.path("type").asText())) {
                        JsonNode alarm = message.path("alarm");
                        alarms.add(new AlarmMessage(now, message.path("change").asText(), alarm.path("type").asText(),
                                alarm.path("startMs").asDouble()));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
