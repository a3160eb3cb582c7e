package dev.ashiatsu.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The known name a mistyped one was probably meant to be, for "did you mean ...?" hints. Names are
 * compared ignoring case, {@code _} and {@code -}; the first of these wins: the same name so compared
 * ({@code maxfraction}), one the start of the other ({@code weight}, {@code weightKg}), or at most two
 * letters changed in a name of four or more ({@code crownXm}). Pure.
 */
public final class NearestName {

    private NearestName() {
    }

    public static Optional<String> of(String given, Collection<String> known) {
        String wanted = normal(given);
        TreeSet<String> sorted = new TreeSet<>(known);
        for (String name : sorted) {
            if (normal(name).equals(wanted)) {
                return Optional.of(name);
            }
        }
        for (String name : sorted) {
            String candidate = normal(name);
            if (Math.min(candidate.length(), wanted.length()) >= 3
                    && (candidate.startsWith(wanted) || wanted.startsWith(candidate))) {
                return Optional.of(name);
            }
        }
        String best = null;
        int bestDistance = 3;
        if (wanted.length() >= 4) {
            for (String name : sorted) {
                int distance = distance(wanted, normal(name));
                if (distance < bestDistance) {
                    best = name;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean X?"} or nothing, to follow a rule that says a name is unknown. */
    static String hint(String given, Collection<String> known) {
        return of(given, known).map(name -> "; did you mean " + name + "?").orElse("");
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance: the fewest single-letter insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
