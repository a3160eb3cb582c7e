package dev.ashiatsu.dashboard.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code ashiatsu} launcher. */
public interface Command {

    /** The word that selects it, e.g. {@code analyze}. */
    String name();

    /** One line for {@code ashiatsu --help}. */
    String summary();

    /** The full help text, listing every option. */
    String help();

    /**
     * Runs the command.
     *
     * @return the process exit status: 0 done, 1 failed at run time, 2 bad usage or bad input
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
