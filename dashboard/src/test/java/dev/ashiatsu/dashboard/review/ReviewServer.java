package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.recorder.journal.FileJournalChannel;
import dev.ashiatsu.recorder.journal.JournalChannel;
import dev.ashiatsu.recorder.journal.JournalRecorder;
import dev.ashiatsu.recorder.journal.SessionStore;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;

/**
 * A plain Javalin server with the review module, the static pages and the WebJars, on a free port:
 * what the dashboard server installs, without the live pipeline.
 */
final class ReviewServer implements AutoCloseable {

    final SessionStore store;
    final JournalRecorder recorder;
    private final Javalin app;

    ReviewServer(Path sessions) {
        this(sessions, FileJournalChannel::open);
    }

    /** @param opener where the recorder's journals go (a disk that fills up, in a test) */
    ReviewServer(Path sessions, JournalChannel.Opener opener) {
        store = new SessionStore(sessions);
        recorder = new JournalRecorder(store, opener, 8192);
        ReviewRoutes routes = new ReviewRoutes(store, recorder::note);
        app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            routes.addRoutes(config);
        }).start();
    }

    String url() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
        recorder.close();
        store.close();
    }
}
