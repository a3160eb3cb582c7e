package dev.ashiatsu.dashboard.cli;

import dev.ashiatsu.dashboard.review.ReviewRoutes;
import dev.ashiatsu.dashboard.web.RouteModule;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.Recorders;
import dev.ashiatsu.recorder.Recording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recording options of {@code serve} and {@code demo}: every session is recorded in DATA/sessions,
 * and also written to InfluxDB when {@code --influx-url} is given (the token from the environment
 * variable {@code INFLUX_TOKEN} or {@code --influx-token-file}, never from the command line).
 */
final class RecordingOptions {

    static final Set<String> VALUED = Set.of("influx-url", "influx-org", "influx-bucket", "influx-token-file");
    static final String HELP = """
              --influx-url URL      also write sessions to InfluxDB 2.x/3.x (v2 write API), e.g. http://host:8086;
                                    the token comes from the environment variable INFLUX_TOKEN or --influx-token-file
              --influx-org ORG      the InfluxDB organisation (required with --influx-url)
              --influx-bucket NAME  the InfluxDB bucket (required with --influx-url)
              --influx-token-file FILE  a file holding the InfluxDB token
            """;

    private RecordingOptions() {
    }

    /** {@code base} plus the recording options. */
    static Set<String> with(Set<String> base) {
        Set<String> all = new HashSet<>(base);
        all.addAll(VALUED);
        return all;
    }

    /** Recovers and opens the recorder of {@code dataDir}; a bad InfluxDB option is a {@link UsageException}. */
    static Recording open(Options options, Path dataDir) throws IOException {
        InfluxSettings influx;
        try {
            influx = InfluxSettings.resolve(options.get("influx-url", null), options.get("influx-org", null),
                    options.get("influx-bucket", null),
                    options.has("influx-token-file") ? Path.of(options.get("influx-token-file", null)) : null,
                    System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return Recorders.open(dataDir, influx);
    }

    /** The review pages over what this recorder records. */
    static List<RouteModule> reviewRoutes(Recording recording) {
        return List.of(new ReviewRoutes(recording.store(), recording::note));
    }
}
