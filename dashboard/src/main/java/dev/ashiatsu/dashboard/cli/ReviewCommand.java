package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.ListenHost;
import dev.ashiatsu.dashboard.review.ReviewOnlyServer;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.influx.InfluxSessionArchive;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ashiatsu review}: a central review server. The review pages (list, session, replay, export) on
 * the sessions that tables uploaded to an InfluxDB bucket, read with InfluxQL; no table, no live source;
 * read-only.
 */
final class ReviewCommand implements Command {

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String summary() {
        return "a central review server: the review pages on the sessions in an InfluxDB bucket";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu review --influx-url URL --influx-org ORG --influx-bucket BUCKET [options]

                Serves the review pages (/review.html: list, session, replay, export) on the sessions that
                tables wrote to InfluxDB (serve/demo with --influx-url), read with InfluxQL: InfluxDB 1.x,
                2.x (through the bucket's DBRP mapping) or 3.x. Read-only: no live source, no notes. The token
                comes from the environment variable INFLUX_TOKEN or --influx-token-file (any on 1.x without auth).

                  --influx-url URL          the InfluxDB server, e.g. http://influx.example:8086
                  --influx-org ORG          the organisation (required; only writes use it)
                  --influx-bucket NAME      the bucket the tables write to: the InfluxQL database, or DB/RP
                  --influx-token-file FILE  a file holding the token (a read token is enough)
                  --port N                  the HTTP port (default 7071)
                  --host ADDRESS            where to listen (default 127.0.0.1, this machine only). Any other address
                                            needs a password: the environment variable ASHIATSU_PASSWORD, or the
                                            file DATA/password
                  --data DIR                where DATA/password is looked for (default ./data)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, Set.of("influx-url", "influx-org", "influx-bucket", "influx-token-file",
                "port", "host", "data"), Set.of());
        InfluxSessionArchive archive = new InfluxSessionArchive(settings(options));
        ReviewOnlyServer server;
        try {
            server = start(options, archive);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
        archive.prefetchList();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            archive.close();
            stopped.countDown();
        }, "shutdown"));
        out.println("ashiatsu: review server on " + archive.description() + " at " + server.url() + "review.html");
        out.println("ashiatsu: Ctrl-C stops");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The InfluxDB settings of the options; all of URL, org and bucket are required. */
    static InfluxSettings settings(Options options) {
        String url = options.require("influx-url");
        try {
            return InfluxSettings.resolve(url, options.require("influx-org"), options.require("influx-bucket"),
                    options.has("influx-token-file") ? Path.of(options.get("influx-token-file", null)) : null,
                    System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Starts the review server on an archive, with serve's access rules. */
    static ReviewOnlyServer start(Options options, InfluxSessionArchive archive) throws Exception {
        ListenHost host = ServeCommand.listenHost(options);
        int port = options.integer("port", 7071, 0, 65535);
        AccessControl access = ServeCommand.access(host, new DataDirectory(Path.of(options.get("data", "data"))));
        return new ReviewOnlyServer(host.bindAddress(), port, access, archive, archive.description()).start();
    }
}
