package dev.ashiatsu.dashboard.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code ashiatsu analyze}: a recording or capture in, the JSON report out. */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "analyze a recording CSV or serial capture and print the JSON report";
    }

    @Override
    public String help() {
        return "being written\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        throw new UsageException("being written");
    }
}
