package dev.ashiatsu.dashboard.review;

import dev.ashiatsu.dashboard.web.BadRequest;
import dev.ashiatsu.recorder.SessionQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query string of {@code GET /api/sessions} (docs/api.md, "Review") read into a {@link SessionQuery}.
 * Pure. A parameter that is not one of these is a {@link BadRequest} naming it: a misspelt filter would
 * otherwise list every session as if it had matched.
 */
final class ListParameters {

    static final Set<String> KNOWN = Set.of("clientId", "practitionerId", "from", "to", "alarms", "limit", "offset");

    private ListParameters() {
    }

    /** @param parameters the query string's parameters, each with its values */
    static SessionQuery of(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new BadRequest(name, "is not a filter of the session list (known: clientId, practitionerId, "
                        + "from, to, alarms, limit, offset)");
            }
        }
        return new SessionQuery(text(parameters, "clientId"), text(parameters, "practitionerId"),
                whole(parameters, "from", Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE),
                whole(parameters, "to", Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE),
                alarms(text(parameters, "alarms")),
                (int) whole(parameters, "offset", 0, 0, Integer.MAX_VALUE),
                (int) whole(parameters, "limit", SessionQuery.DEFAULT_LIMIT, 1, SessionQuery.MAX_LIMIT));
    }

    /** The parameter's value, stripped; null when absent or blank. */
    private static String text(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(values.size() - 1).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest(name, "is given " + values.size() + " times; give it once");
        }
        return values.get(0).strip();
    }

    private static long whole(Map<String, List<String>> parameters, String name, long absent, long min, long max) {
        String text = text(parameters, name);
        if (text == null) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "must be a whole number, was '" + text + "'");
        }
        if (value < min || value > max) {
            throw new BadRequest(name, "must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    private static SessionQuery.Alarms alarms(String text) {
        if (text == null) {
            return null;
        }
        try {
            return SessionQuery.Alarms.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("alarms", "must be any, high or none, was '" + text + "'");
        }
    }
}
