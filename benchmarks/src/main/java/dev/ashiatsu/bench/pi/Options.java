package dev.ashiatsu.bench.pi;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options against their defaults; an unknown name or a missing value is an error naming it. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !defaults.containsKey(arg.substring(2))) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are --" + String.join(", --",
                        new java.util.TreeSet<>(defaults.keySet())));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            values.put(arg.substring(2), args[++i]);
        }
        return values;
    }

    static int integer(Map<String, String> values, String name, int min, int max) {
        String text = values.get(name);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": '" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + ": " + value + " is out of range " + min + " to " + max);
        }
        return value;
    }
}
