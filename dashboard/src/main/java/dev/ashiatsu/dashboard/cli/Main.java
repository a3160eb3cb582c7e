package dev.ashiatsu.dashboard.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the application jar: dispatches to the sub-commands. */
public final class Main {

    /** Every command, in the order {@code --help} lists them. Add new commands here. */
    static final List<Command> COMMANDS = List.of(
            new AnalyzeCommand(),
            new CalibrateCommand(),
            new DemoCommand(),
            new ServeCommand(),
            new SimulateCommand(),
            new ExportCommand(),
            new ReviewCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        for (Command command : COMMANDS) {
            if (command.name().equals(args[0])) {
                List<String> rest = Arrays.asList(args).subList(1, args.length);
                if (rest.contains("--help") || rest.contains("-h")) {
                    out.print(command.help());
                    return 0;
                }
                try {
                    return command.run(rest, out, err);
                } catch (UsageException e) {
                    err.println("ashiatsu " + command.name() + ": " + e.getMessage());
                    err.println("Try: ashiatsu " + command.name() + " --help");
                    return 2;
                } catch (Exception | Error e) {
                    err.println("ashiatsu " + command.name() + ": " + e);
                    return 1;
                }
            }
        }
        err.println("ashiatsu: unknown command '" + args[0] + "'");
        err.print(usage());
        return 2;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: ashiatsu <command> [options]   (ashiatsu <command> --help for its options)\n\nCommands:\n");
        for (Command command : COMMANDS) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        }
        return text.toString();
    }
}
