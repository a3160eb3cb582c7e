package dev.ashiatsu.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.band.TargetBand;
import dev.ashiatsu.core.config.NearestName;
import dev.ashiatsu.core.estimate.Zone;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code PUT /api/session/bands}: {@code {"bands": {"UPPER_BACK": {"lowPercent": 25,
 * "highPercent": 35}, ...}}}, an empty map clearing them. Strict: an unknown field or zone, a missing or
 * non-numeric value, a value outside [0, 100] % or a bottom not below the top is a {@link BadRequest} naming
 * the field (e.g. {@code bands.UPPER_BACK.highPercent}). Whether a band fits the client's limits is the live
 * session's check, not this one.
 */
final class BandsBody {

    private static final List<String> BODY_ZONES = Arrays.stream(Zone.values())
            .filter(zone -> zone != Zone.OFF_BODY).map(Zone::name).toList();
    private static final List<String> BAND_FIELDS = List.of("lowPercent", "highPercent");

    private BandsBody() {
    }

    static Map<Zone, TargetBand> read(JsonBody body) {
        body.only("bands");
        JsonNode bands = body.node().get("bands");
        if (bands == null || !bands.isObject()) {
            throw new BadRequest("bands", "is required: an object of body zone to {lowPercent, highPercent} ({} clears them)");
        }
        Map<Zone, TargetBand> out = new EnumMap<>(Zone.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = bands.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String field = "bands." + name;
            if (!BODY_ZONES.contains(name)) {
                String hint = NearestName.of(name, BODY_ZONES).map(z -> "did you mean " + z + "? ").orElse("");
                throw new BadRequest(field, "is not a body zone; " + hint + "(zones: " + String.join(", ", BODY_ZONES) + ")");
            }
            out.put(Zone.valueOf(name), band(field, entry.getValue()));
        }
        return out;
    }

    private static TargetBand band(String field, JsonNode node) {
        if (!node.isObject()) {
            throw new BadRequest(field, "must be an object {lowPercent, highPercent}, was " + node);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!BAND_FIELDS.contains(name)) {
                String hint = NearestName.of(name, BAND_FIELDS).map(n -> "did you mean " + n + "? ").orElse("");
                throw new BadRequest(field + "." + name, "is not a known field; " + hint + "(known: lowPercent, highPercent)");
            }
        });
        double low = percent(field + ".lowPercent", node.get("lowPercent"));
        double high = percent(field + ".highPercent", node.get("highPercent"));
        if (!(low < high)) {
            throw new BadRequest(field + ".highPercent", "must be above lowPercent (" + low + " %), was " + high + " %");
        }
        return new TargetBand(low, high);
    }

    private static double percent(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new BadRequest(field, "is required: % of the practitioner's body weight, 0 to 100");
        }
        if (!value.isNumber()) {
            throw new BadRequest(field, "must be a number, was " + value);
        }
        double percent = value.doubleValue();
        if (!(percent >= 0 && percent <= TargetBand.MAX_PERCENT)) {
            throw new BadRequest(field, "must be in [0, 100] % of the practitioner's body weight, was " + percent);
        }
        return percent;
    }
}
