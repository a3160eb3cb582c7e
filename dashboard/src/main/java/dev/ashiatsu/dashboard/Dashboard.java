package dev.ashiatsu.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.core.source.FrameSource;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.dashboard.stream.LiveBroadcaster;
import dev.ashiatsu.dashboard.stream.LiveMessages;
import dev.ashiatsu.dashboard.web.DashboardServer;
import dev.ashiatsu.dashboard.web.RouteModule;
import dev.ashiatsu.recorder.SessionRecorder;
import java.util.List;
import java.util.Objects;

/**
 * The running application, wired together: source -> pipeline -> broadcaster -> server. Start it with
 * {@link #start}; close it to stop everything (server, stream, pipeline, source, recorder).
 */
public final class Dashboard implements AutoCloseable {

    private final AcquisitionPipeline pipeline;
    private final LiveBroadcaster broadcaster;
    private final DashboardServer server;
    private final SessionRecorder recorder;

    private Dashboard(AcquisitionPipeline pipeline, LiveBroadcaster broadcaster, DashboardServer server,
                      SessionRecorder recorder) {
        this.pipeline = pipeline;
        this.broadcaster = broadcaster;
        this.server = server;
        this.recorder = recorder;
    }

    /**
     * What to run.
     *
     * @param host         where to listen ({@code 127.0.0.1} by default)
     * @param port         the port, 0 for any free one
     * @param client       the client monitored until a session starts (and during the first one, if {@code startSession})
     * @param recorder     null for none
     * @param startSession start a session at once with {@code client} and {@code practitioner} (the demo)
     * @param extraModules more routes, e.g. the review pages
     */
    public record Settings(String host, int port, DataDirectory data, AccessControl access, FrameSource source,
                           TableConfig table, ClientProfile client, PractitionerProfile practitioner,
                           SessionRecorder recorder, Clock clock, boolean startSession, List<RouteModule> extraModules) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(practitioner, "practitioner");
            Objects.requireNonNull(clock, "clock");
            extraModules = List.copyOf(extraModules);
        }
    }

    public static Dashboard start(Settings settings) throws Exception {
        ObjectMapper json = new ObjectMapper();
        LiveBroadcaster broadcaster = new LiveBroadcaster();
        AcquisitionPipeline pipeline = new AcquisitionPipeline(settings.source(), settings.table(), settings.client(),
                settings.practitioner(), settings.recorder(), settings.clock(), broadcaster);
        LiveMessages messages = new LiveMessages(pipeline, json);
        DashboardServer server = new DashboardServer(settings.host(), settings.port(), pipeline, broadcaster, messages,
                settings.data(), settings.access(), json, settings.recorder(), settings.extraModules());
        broadcaster.start(messages);
        try {
            server.start();
            pipeline.start();
            if (settings.startSession()) {
                pipeline.startSession(settings.client(), settings.practitioner()).get();
            }
        } catch (Exception e) {
            server.close();
            broadcaster.close();
            pipeline.close();
            throw e;
        }
        return new Dashboard(pipeline, broadcaster, server, settings.recorder());
    }

    public AcquisitionPipeline pipeline() {
        return pipeline;
    }

    public DashboardServer server() {
        return server;
    }

    public LiveBroadcaster broadcaster() {
        return broadcaster;
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
        pipeline.close();
        broadcaster.close();
        if (recorder != null) {
            recorder.close();
        }
    }
}
