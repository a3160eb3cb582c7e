package dev.ashiatsu.dashboard.load;

import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.Dashboard;
import dev.ashiatsu.dashboard.access.AccessControl;
import dev.ashiatsu.dashboard.fixtures.ScriptedSource;
import dev.ashiatsu.dashboard.fixtures.TestTable;
import dev.ashiatsu.dashboard.store.DataDirectory;
import java.nio.file.Files;
import java.util.List;

/**
 * The server side of the load test, run in a process of its own so its CPU and memory can be measured
 * apart from the clients': the dashboard on a scripted source at {@code args[0]} Hz (a session with an
 * exceedance every 12 s, so alarms flow too). Prints {@code URL <url>} when ready; exits when stdin closes.
 */
public final class LoadServer {

    private LoadServer() {
    }

    public static void main(String[] args) throws Exception {
        double rateHz = args.length > 0 ? Double.parseDouble(args[0]) : 80;
        ScriptedSource source = new ScriptedSource(TestTable.table(), rateHz, t -> TestTable.looping(t, 3000, 40, 12_000));
        Dashboard.Settings settings = new Dashboard.Settings("127.0.0.1", 0,
                new DataDirectory(Files.createTempDirectory("ashiatsu-load")), AccessControl.open(), source,
                TestTable.table(), TestTable.client(), TestTable.practitioner(), null, Clock.SYSTEM, true, List.of());
        try (Dashboard dashboard = Dashboard.start(settings)) {
            System.out.println("URL " + dashboard.url());
            System.out.flush();
            while (System.in.read() >= 0) {
                continue;
            }
        }
    }
}
