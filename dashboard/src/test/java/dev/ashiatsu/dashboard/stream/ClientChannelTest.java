package dev.ashiatsu.dashboard.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ClientChannelTest {

    /** A browser that takes each message only when the test says so. */
    static final class SlowSink implements TextSink {
        final List<String> written = new ArrayList<>();
        final List<Consumer<Throwable>> pending = new ArrayList<>();
        String closedWith;

        @Override
        public void send(String text, Consumer<Throwable> done) {
            written.add(text);
            pending.add(done);
        }

        @Override
        public void close(String reason) {
            closedWith = reason;
        }

        void completeNext() {
            pending.remove(0).accept(null);
        }
    }

    @Test
    void replacesStaleUpdatesWhileOneIsInFlight() {
        SlowSink sink = new SlowSink();
        ClientChannel channel = new ClientChannel(sink);
        channel.offerUpdate("u1");
        channel.offerUpdate("u2");
        channel.offerUpdate("u3");
        channel.offerUpdate("u4");
        assertEquals(List.of("u1"), sink.written);
        sink.completeNext();
        assertEquals(List.of("u1", "u4"), sink.written);
        assertEquals(2, channel.updatesDropped());
    }

    @Test
    void neverDropsAlarmsAndSendsThemBeforeTheWaitingUpdate() {
        SlowSink sink = new SlowSink();
        ClientChannel channel = new ClientChannel(sink);
        channel.offerUpdate("u1");
        channel.offerUpdate("u2");
        channel.offerEvent("alarm-a");
        channel.offerUpdate("u3");
        channel.offerEvent("alarm-b");
        for (int i = 0; i < 3; i++) {
            sink.completeNext();
        }
        assertEquals(List.of("u1", "alarm-a", "alarm-b", "u3"), sink.written);
    }

    @Test
    void closesAClientThatStopsReadingOnceItsAlarmQueueOverflows() {
        SlowSink sink = new SlowSink();
        ClientChannel channel = new ClientChannel(sink);
        channel.offerUpdate("u1");
        for (int i = 0; i <= ClientChannel.MAX_PENDING_EVENTS; i++) {
            channel.offerEvent("e" + i);
        }
        assertTrue(channel.isClosed());
        assertTrue(sink.closedWith.contains("too slow"));
        channel.offerEvent("after");
        assertEquals(1, sink.written.size());
    }

    @Test
    void closesOnAFailedWrite() {
        SlowSink sink = new SlowSink();
        ClientChannel channel = new ClientChannel(sink);
        channel.offerUpdate("u1");
        assertFalse(channel.isClosed());
        sink.pending.remove(0).accept(new java.io.IOException("broken pipe"));
        assertTrue(channel.isClosed());
    }
}
