package dev.ashiatsu.bench.pi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM options the {@code ashiatsu} launcher uses by default, read from the launcher itself (one place for them). */
final class Launcher {

    private static final Pattern DEFAULTS = Pattern.compile("(?m)^default_java_opts=\"([^\"]*)\"");

    private Launcher() {
    }

    /** The launcher's {@code default_java_opts="..."} line in {@code script}'s text. */
    static String defaultJavaOpts(String script, Path file) {
        Matcher m = DEFAULTS.matcher(script);
        if (!m.find()) {
            throw new IllegalStateException(file + ": no line default_java_opts=\"...\" (the launcher's JVM defaults)");
        }
        return m.group(1);
    }

    static String defaultJavaOpts(Path repo) throws IOException {
        Path launcher = repo.resolve("ashiatsu");
        return defaultJavaOpts(Files.readString(launcher), launcher);
    }
}
