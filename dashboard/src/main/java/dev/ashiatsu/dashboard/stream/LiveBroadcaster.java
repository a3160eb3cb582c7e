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
 *   every 40 ms (25 Hz): latest update, if a new frame came  --> each ClientChannel (latest wins)
 *   alarm change / session event (from the acquisition thread, handed over at once) --> update + message
 *   context change                                                                   --> context message
 * </pre>
 * Serializes each message once for all clients. The acquisition thread only enqueues a task here, so
 * neither the browsers nor this thread can delay the alarm engine.
 */
public final class LiveBroadcaster implements LiveListener, AutoCloseable {

    public static final long PERIOD_MS = 40;
    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final Set<ClientChannel> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread t = new Thread(run, "live-broadcast");
        t.setDaemon(true);
        return t;
    });
    private LiveMessages messages;
    private long lastSentSeq = -1;
    private int ticksSinceSend;

    /** Starts ticking; the messages come from {@code messages}. */
    public void start(LiveMessages liveMessages) {
        this.messages = liveMessages;
        thread.scheduleAtFixedRate(this::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Adds a browser: it gets the context and the latest update at once. */
    public void add(ClientChannel client) {
        clients.add(client);
        submit(() -> {
            client.offerEvent(messages.contextJson());
            client.offerUpdate(messages.updateJson());
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

    /** An acknowledgement changed the alarm list: every browser gets an update at once. */
    public void alarmsAcknowledged() {
        submit(this::pushUpdate);
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

    private void tick() {
        try {
            clients.removeIf(ClientChannel::isClosed);
            // a new frame, or once a second anyway so a silent source still refreshes faults and alarms
            if (messages.latestSeq() != lastSentSeq || ++ticksSinceSend >= 1000 / PERIOD_MS) {
                pushUpdate();
            }
        } catch (RuntimeException e) {
            LOG.error("live broadcast: {}", e.toString(), e);
        }
    }

    private void pushUpdate() {
        LiveUpdate update = messages.update();
        String json = messages.updateJson(update);
        lastSentSeq = update.seq();
        ticksSinceSend = 0;
        clients.forEach(client -> client.offerUpdate(json));
    }
}
