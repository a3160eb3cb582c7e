package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.config.ConfigException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the core's {@link ConfigException} ({@code source: field: rule}) about a request body into a
 * {@link BadRequest} that names the field: the exception's own field when it has one, else one found in
 * its message.
 */
final class ConfigErrors {

    static final String SOURCE = "request body";
    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]]*)[: ]");

    private ConfigErrors() {
    }

    /** @param fields the profile's field names, to find the field in a rule that names it mid-sentence */
    static BadRequest toBadRequest(ConfigException e, List<String> fields) {
        if (e.field() != null) {
            return new BadRequest(e.field(), e.rule());
        }
        String message = e.getMessage();
        String rest = message.startsWith(SOURCE + ": ") ? message.substring(SOURCE.length() + 2) : message;
        Matcher leading = LEADING_FIELD.matcher(rest);
        String field = null;
        if (leading.find()) {
            String candidate = leading.group(1);
            String root = candidate.split("[.\\[]")[0];
            if (fields.contains(root)) {
                field = candidate;
            }
        }
        if (field == null) {
            field = fields.stream().filter(rest::contains).findFirst().orElse("body");
        }
        String rule = rest.startsWith(field + ": ") ? rest.substring(field.length() + 2)
                : rest.startsWith(field + " ") ? rest.substring(field.length() + 1) : rest;
        return new BadRequest(field, rule);
    }
}
