package dev.ashiatsu.sim.scenario;

import dev.ashiatsu.core.config.ConfigFields;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one {@code timeline:} entry into an {@link Action}; the fields each kind takes are listed in {@link #FIELDS}. */
final class ActionParser {

    private static final Set<String> COMMON = Set.of("t", "do", "duration");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "clientOn", List.of(),
            "clientOff", List.of(),
            "wait", List.of(),
            "mount", List.of("at", "loadKg", "fraction", "stanceCm"),
            "dismount", List.of(),
            "load", List.of("loadKg", "fraction"),
            "glide", List.of("to", "loadKg", "fraction", "stanceCm", "careful"),
            "press", List.of("at", "loadKg", "fraction", "baseKg", "count"),
            "rock", List.of("at", "loadKg", "fraction", "periodS", "stanceCm"),
            "step", List.of("to", "stepCm"));

    private ActionParser() {
    }

    static Action parse(ConfigFields item, double practitionerKg) {
        String kind = item.text("do", null);
        List<String> own = FIELDS.get(kind);
        if (own == null) {
            Set<String> kinds = new java.util.TreeSet<>(FIELDS.keySet());
            kinds.addAll(Set.of("acknowledge", "clientStop"));
            throw item.error("do", "must be one of " + String.join(", ", kinds) + ", was '" + kind + "'");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        item.allowOnly(allowed);
        return item.build(() -> switch (kind) {
            case "clientOn" -> new ClientMoves(true, duration(item, 3.0));
            case "clientOff" -> new ClientMoves(false, duration(item, 3.0));
            case "wait" -> new Wait(duration(item, null));
            case "mount" -> new Mount(place(item, "at", "CALF"), load(item, practitionerKg, 5.0),
                    item.number("stanceCm", 16.0), duration(item, 2.0));
            case "dismount" -> new Dismount(duration(item, 2.0));
            case "load" -> new LoadShift(load(item, practitionerKg, null), duration(item, 1.5));
            case "glide" -> new Glide(place(item, "to", null), load(item, practitionerKg, null),
                    item.number("stanceCm", 16.0), item.flag("careful", true), duration(item, null));
            case "press" -> new Press(item.has("at") ? place(item, "at", null) : null, load(item, practitionerKg, null),
                    item.number("baseKg", Double.NaN), positiveCount(item), duration(item, null));
            case "rock" -> new Rock(item.has("at") ? place(item, "at", null) : null, load(item, practitionerKg, null),
                    positive(item, "periodS", 1.2), item.number("stanceCm", 12.0), duration(item, null));
            case "step" -> new Step(place(item, "to", null), positive(item, "stepCm", 30.0), duration(item, 3.0));
            default -> throw new IllegalStateException(kind);
        });
    }

    private static double duration(ConfigFields item, Double fallback) {
        return positive(item, "duration", fallback);
    }

    private static double positive(ConfigFields item, String field, Double fallback) {
        double value = item.number(field, fallback);
        if (!(value > 0)) {
            throw item.error(field, "must be positive, was " + value);
        }
        return value;
    }

    private static int positiveCount(ConfigFields item) {
        double count = item.number("count", 3.0);
        if (count < 1 || count != Math.rint(count)) {
            throw item.error("count", "must be a whole number of at least 1, was " + count);
        }
        return (int) count;
    }

    private static Place place(ConfigFields item, String field, String fallback) {
        String text = item.text(field, fallback);
        try {
            return Place.parse(text);
        } catch (IllegalArgumentException e) {
            throw item.error(field, e.getMessage());
        }
    }

    /** {@code loadKg}, or {@code fraction} of the practitioner's weight; exactly one of them. */
    private static double load(ConfigFields item, double practitionerKg, Double fallback) {
        boolean kg = item.has("loadKg");
        boolean fraction = item.has("fraction");
        if (kg && fraction) {
            throw item.error("loadKg", "give loadKg or fraction, not both");
        }
        double value;
        if (fraction) {
            value = item.number("fraction", null) * practitionerKg;
        } else if (kg || fallback == null) {
            value = item.number("loadKg", fallback);
        } else {
            value = fallback;
        }
        if (!(value >= 0 && value <= practitionerKg)) {
            throw item.error(kg || fallback != null ? "loadKg" : "fraction", "must be between 0 and the practitioner's weight ("
                    + practitionerKg + " kg), was " + value);
        }
        return value;
    }
}
