package dev.ashiatsu.dashboard.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code ashiatsu demo}: the dashboard on the simulator's demo scenario, looping, with a session running. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "the dashboard on the bundled simulator, nothing to set up (http://127.0.0.1:7070)";
    }

    @Override
    public String help() {
        return """
                Usage: ashiatsu demo [options]

                Runs the dashboard on the simulator's demo scenario (a ten-minute session, looping) with a
                session already running for the demo client and practitioner, and prints the address to open.

                  --scenario NAME|FILE  another simulator scenario (default demo)
                  --port N              the HTTP port (default 7070)
                  --host ADDRESS        where to listen (default 127.0.0.1; others need a password, see serve --help)
                  --data DIR            the data directory (default ./data); the demo profiles are saved there
                  --seed N              the simulator's seed (default 1)

                Recording: the sessions it plays are recorded in DATA/sessions (review at /review.html).
                """ + RecordingOptions.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, RecordingOptions.with(Set.of("scenario", "port", "host", "data", "seed")), Set.of());
        return ServeCommand.serve("sim:" + options.get("scenario", "demo"), options, true, out);
    }
}
