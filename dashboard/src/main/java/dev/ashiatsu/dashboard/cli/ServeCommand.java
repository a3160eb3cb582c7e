package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.bridge.gpio.AlarmSignal;
import dev.ashiatsu.bridge.gpio.GpioFrameSource;
import dev.ashiatsu.bridge.gpio.Pi4jSignalOutputs;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.Dashboard;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.access.ListenHost;
import dev.ashiatsu.dashboard.live.TableAlarmOutput;
import dev.ashiatsu.dashboard.store.DataDirectory;
import dev.ashiatsu.recorder.Recording;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code ashiatsu serve}: the dashboard on a live source, until stopped (Ctrl-C). */
final class ServeCommand implements Command {

    /** Monitored until a session starts, when neither the options nor the source name a client. */
    static final ClientProfile UNASSIGNED_CLIENT = new ClientProfile("unassigned", "No client selected", 170, 10,
            25.0, 0.3, Map.of(), "placeholder limits until a session starts with a real client profile");
    static final PractitionerProfile UNASSIGNED_PRACTITIONER = new PractitionerProfile("unassigned", "No practitioner selected", null);

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the dashboard on a live source (serial, gpio, capture, csv or simulator)";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu serve --source SOURCE [options]

                Runs the dashboard (live page, profiles, sessions, calibration) on a live source.

                  --source SOURCE       serial:/dev/ttyUSB0[@115200], gpio:<GPIO config file> (HX711 chips),
                                        capture:FILE, csv:FILE (played in real time, looping) or
                                        sim:<scenario name or file> (the simulator, looping)
                  --port N              the HTTP port (default 7070)
                  --host ADDRESS        where to listen (default 127.0.0.1, this machine only). Any other address
                                        (a name counts as this machine only when all it resolves to is loopback)
                                        needs a password: the environment variable ASHIATSU_PASSWORD, or the file
                                        DATA/password
                  --data DIR            the data directory: profiles, table config, sessions (default ./data)
                  --table FILE          the table config (default DATA/table.yaml; the simulator and the GPIO
                                        config bring their own)
                  --client ID           the client monitored until a session starts (from DATA/clients)
                  --practitioner ID     the practitioner likewise (from DATA/practitioners)
                  --start-session       start a session at once with that client and practitioner
                  --seed N              the simulator's seed (default 1)

                Recording: every session is recorded in DATA/sessions (review at /review.html, ashiatsu export).
                """ + RecordingOptions.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, RecordingOptions.with(Set.of("source", "port", "host", "data", "table", "client",
                "practitioner", "seed")), Set.of("start-session"));
        return serve(options.require("source"), options, false, out);
    }

    /** Shared with {@code demo}: opens the source, starts the dashboard, prints the URL and waits. */
    static int serve(String sourceOption, Options options, boolean demo, PrintStream out) throws Exception {
        ListenHost host = listenHost(options);
        int port = options.integer("port", 7070, 0, 65535);
        long seed = options.integer("seed", 1, 0, Integer.MAX_VALUE);
        DataDirectory data = new DataDirectory(Path.of(options.get("data", "data")));
        AccessControl access = access(host, data);
        TableConfig table = table(options, data, sourceOption);
        LiveSource live = LiveSource.open(sourceOption, table, seed);
        ClientProfile client = options.has("client") ? data.clients().find(options.get("client", null))
                .orElseThrow(() -> new UsageException("--client: no client '" + options.get("client", null) + "' in " + data.root().resolve("clients")))
                : live.client() != null ? live.client() : UNASSIGNED_CLIENT;
        PractitionerProfile practitioner = options.has("practitioner") ? data.practitioners().find(options.get("practitioner", null))
                .orElseThrow(() -> new UsageException("--practitioner: no practitioner '" + options.get("practitioner", null) + "' in " + data.root().resolve("practitioners")))
                : live.practitioner() != null ? live.practitioner() : UNASSIGNED_PRACTITIONER;
        if (demo) {
            try {
                saveIfMissing(data, client, practitioner);
            } catch (IOException e) {
                out.println("ashiatsu: cannot save the demo profiles in " + data.root().toAbsolutePath() + " (" + e.getMessage()
                        + "); the demo runs with them in memory");
            }
        }
        Recording recording = RecordingOptions.open(options, data.root());
        Dashboard.Settings settings = new Dashboard.Settings(host.bindAddress(), port, data, access, live.source(), live.table(),
                client, practitioner, recording, Clock.SYSTEM, demo || options.has("start-session"),
                RecordingOptions.reviewRoutes(recording));
        Dashboard dashboard = Dashboard.start(settings);
        TableAlarmOutput tableAlarms = tableAlarmOutput(live, dashboard, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (tableAlarms != null) {
                tableAlarms.close();
            }
            dashboard.close();
            stopped.countDown();
        }, "shutdown"));
        out.println("ashiatsu: dashboard on " + live.source().description() + " at " + dashboard.url()
                + (access.required() ? " (password required)" : ""));
        out.println("ashiatsu: data in " + data.root().toAbsolutePath() + "; Ctrl-C stops");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The buzzer and light of a GPIO config's {@code alarm} section, driven by the live alarms; null without one. */
    private static TableAlarmOutput tableAlarmOutput(LiveSource live, Dashboard dashboard, PrintStream out) {
        if (!(live.source() instanceof GpioFrameSource gpio) || gpio.config().alarm() == null) {
            return null;
        }
        AlarmSignal signal = new AlarmSignal(Pi4jSignalOutputs.open(gpio.config().alarm()), Clock.SYSTEM);
        TableAlarmOutput output = new TableAlarmOutput(dashboard.pipeline(), signal);
        output.start();
        out.println("ashiatsu: alarm buzzer and light on GPIO " + gpio.config().alarm());
        return output;
    }

    /** The {@code --host} option (default 127.0.0.1), resolved once: loopback or not is decided on its addresses. */
    static ListenHost listenHost(Options options) {
        try {
            return ListenHost.resolve(options.get("host", "127.0.0.1"), ListenHost.SYSTEM);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static AccessControl access(ListenHost host, DataDirectory data) throws Exception {
        Optional<String> password = Optional.ofNullable(System.getenv(AccessControl.PASSWORD_ENV)).filter(p -> !p.isBlank());
        if (password.isEmpty()) {
            password = data.password();
        }
        try {
            return AccessControl.forHost(host, password, data.passwordFile().toString());
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static TableConfig table(Options options, DataDirectory data, String sourceOption) {
        try {
            if (options.has("table")) {
                return ConfigReader.readTable(options.requirePath("table"));
            }
            if (sourceOption.startsWith("sim:") || sourceOption.startsWith("gpio:")) {
                return null;
            }
            return data.table().orElse(null);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void saveIfMissing(DataDirectory data, ClientProfile client, PractitionerProfile practitioner) throws Exception {
        if (data.clients().find(client.id()).isEmpty()) {
            data.clients().save(client);
        }
        if (data.practitioners().find(practitioner.id()).isEmpty()) {
            data.practitioners().save(practitioner);
        }
    }
}
