package dev.ashiatsu.dashboard.stream;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.dashboard.live.LiveListener;
import dev.ashiatsu.dashboard.live.SessionEvent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the live stream to every connected browser from one thread of its own:
 * <pre>
 *   a frame processed, {@value #MIN_GAP_MS} ms or more after the last update --> the latest update at once,
 *       so about 25 updates a second at any sample rate, each as fresh as it can be --> each ClientChannel
 *   no frame for a second --> the update again (faults, alarms)
 *   alarm change / acknowledgement / session event (from the acquisition thread, at once) --> update + message
 *   context change                                                                   --> context message
 * </pre>
 * Serializes each message once for all clients. The acquisition thread only enqueues a task here, so
 * neither the browsers nor this thread can delay the alarm engine.
 */
public final class LiveBroadcaster implements LiveListener, AutoCloseable {

    /** The shortest gap between two updates (ms): 36 ms gives 25-28 updates a second from 80 Hz to 1 kHz input. */
    public static final long MIN_GAP_MS = 36;
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long CHECK_MS = 40;
    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final Set<ClientChannel> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread t = new Thread(run, "live-broadcast");
        t.setDaemon(true);
        return t;
    });
    private volatile LiveMessages messages;
    private long lastSendNanos = System.nanoTime();

    /** Starts the heartbeat; the messages come from {@code messages}. */
    public void start(LiveMessages liveMessages) {
        this.messages = liveMessages;
        thread.scheduleAtFixedRate(this::heartbeat, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a browser: it gets the context and the latest update at once. It joins the broadcast only on
     * the broadcast thread, after its context was offered, so the context is always its first message.
     */
    public void add(ClientChannel client) {
        submit(() -> {
            client.offerEvent(messages.contextJson());
            client.offerUpdate(messages.updateJson());
            if (!client.isClosed()) {
                clients.add(client);
            }
        });
    }

    public void remove(ClientChannel client) {
        clients.remove(client);
    }

    public int clientCount() {
        return clients.size();
    }

    @Override
    public void alarmChanged(AlarmEvent alarm) {
        submit(() -> {
            String update = messages.updateJson();
            String message = messages.alarmJson(alarm);
            for (ClientChannel client : clients) {
                client.offerEvent(message);
                client.offerUpdate(update);
            }
        });
    }

    /** An acknowledgement (at the table or on a page): the message, then an update with the new list. */
    @Override
    public void alarmAcknowledged(AlarmEvent alarm, double tMs, String by) {
        submit(() -> {
            String message = messages.acknowledgedJson(alarm, tMs, by);
            String update = messages.updateJson();
            for (ClientChannel client : clients) {
                client.offerEvent(message);
                client.offerUpdate(update);
            }
        });
    }

    @Override
    public void sessionEvent(SessionEvent event) {
        submit(() -> {
            String message = messages.eventJson(event);
            clients.forEach(client -> client.offerEvent(message));
        });
    }

    @Override
    public void contextChanged() {
        submit(() -> {
            String message = messages.contextJson();
            clients.forEach(client -> client.offerEvent(message));
            pushUpdate();
        });
    }

    @Override
    public void frameProcessed() {
        submit(() -> {
            if (System.nanoTime() - lastSendNanos >= TimeUnit.MILLISECONDS.toNanos(MIN_GAP_MS)) {
                pushUpdate();
            }
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
        clients.forEach(client -> client.close("server stopping"));
        clients.clear();
    }

    /** Runs a task on the broadcast thread; after close, tasks are dropped (nobody is listening). */
    private void submit(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("live broadcast closed: message dropped");
        }
    }

    private void heartbeat() {
        try {
            clients.removeIf(ClientChannel::isClosed);
            if (System.nanoTime() - lastSendNanos >= HEARTBEAT_NANOS) {
                pushUpdate();
            }
        } catch (RuntimeException e) {
            LOG.error("live broadcast: {}", e.toString(), e);
        }
    }

    private void pushUpdate() {
        LiveUpdate update = messages.update();
        String json = messages.updateJson(update);
        lastSendNanos = System.nanoTime();
        clients.forEach(client -> client.offerUpdate(json));
    }
}
