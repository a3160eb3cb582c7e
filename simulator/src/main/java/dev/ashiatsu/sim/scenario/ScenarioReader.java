package dev.ashiatsu.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.core.config.ConfigFields;
import dev.ashiatsu.core.config.ConfigReader;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.Ranges;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a scenario from YAML text (format: docs/simulator.md). Pure: the text comes in, and table, client
 * or practitioner given by file name are fetched through {@code include}. Every error is a
 * {@link ConfigException} of the form {@code source: field: rule}, e.g. {@code my.yaml: timeline[3].loadKg: ...}.
 */
public final class ScenarioReader {

    private static final Set<String> TOP = Set.of("name", "description", "durationS", "startEpochMs", "table", "client",
            "practitioner", "sensors", "timeline", "faults");
    private static final Set<String> PRESS_FIELDS = Set.of("t", "do");
    private static final Set<String> FAULT_FIELDS = Set.of("t", "fault", "channel", "duration", "kg", "riseMs", "count");
    private static final Set<String> SENSOR_FIELDS = Set.of("noiseKg", "driftKgPerMin", "creepFraction", "creepTauS",
            "jitterMs", "dropRate");
    /** The simulator's own fields beside a profile's: the client's true weight, the practitioner's if not the profile's. */
    private static final String CLIENT_WEIGHT = "weightKg";
    private static final String PRACTITIONER_WEIGHT = "bodyWeightKg";
    private static final long DEFAULT_EPOCH_MS = 1_767_258_000_000L;

    private final String source;
    private final Function<String, String> include;

    /**
     * @param source  the name used in error messages (the file name)
     * @param include reads a referenced file (table, client, practitioner given as a name) and returns its text
     */
    public ScenarioReader(String source, Function<String, String> include) {
        this.source = source;
        this.include = include;
    }

    public Scenario parse(String text) {
        ConfigFields top = ConfigFields.parse(source, text);
        top.allowOnly(TOP);
        TableConfig table = ConfigReader.table(profileFields(top, "table"));
        ConfigFields clientFields = profileFields(top, "client");
        double clientWeight = clientWeight(clientFields);
        ClientProfile client = ConfigReader.client(clientFields.without(CLIENT_WEIGHT));
        clientFields.build(() -> {
            Ranges.checkFits(client, table);
            return client;
        });
        ConfigFields practitionerFields = profileFields(top, "practitioner");
        PractitionerProfile practitioner = ConfigReader.practitioner(practitionerFields.without(PRACTITIONER_WEIGHT));
        double practitionerWeight = practitionerWeight(practitionerFields, practitioner);
        SensorSpec sensors = sensors(top);
        List<ButtonPress> presses = new ArrayList<>();
        List<TimedAction> timeline = timeline(top, practitionerWeight, presses);
        List<Fault> faults = faults(top, table);
        double end = timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).endS();
        double duration = top.number("durationS", end + 5);
        if (!(duration > 0)) {
            throw top.error("durationS", "must be positive, was " + duration);
        }
        for (ButtonPress press : presses) {
            if (press.tS() >= duration) {
                throw top.error("durationS", "ends at " + duration + " s, not after the " + ButtonPress.kind(press.input())
                        + " press at " + press.tS() + " s");
            }
        }
        return new Scenario(top.text("name", "scenario"), top.text("description", ""), table, client, clientWeight,
                practitioner, practitionerWeight, sensors, timeline, faults, duration,
                (long) top.number("startEpochMs", (double) DEFAULT_EPOCH_MS), presses);
    }

    /**
     * A profile's fields, given inline or as the name of a file, named in errors as fields of the
     * scenario's {@code field}, e.g. {@code client.weightKg}.
     */
    private ConfigFields profileFields(ConfigFields top, String field) {
        JsonNode node = top.require(field);
        if (node.isTextual()) {
            return top.child(field, ConfigFields.parse(source + ": " + field, include.apply(node.asText())).node());
        }
        if (!node.isObject()) {
            throw top.error(field, "must be a map of fields or the name of a file");
        }
        return top.child(field, node);
    }

    private double clientWeight(ConfigFields fields) {
        double kg = fields.number(CLIENT_WEIGHT, null);
        return fields.build(() -> Ranges.WEIGHT_KG.check(CLIENT_WEIGHT, kg));
    }

    private double practitionerWeight(ConfigFields fields, PractitionerProfile profile) {
        Double fallback = profile.weightKg();
        double kg = fields.number(PRACTITIONER_WEIGHT, fallback);
        return fields.build(() -> Ranges.WEIGHT_KG.check(PRACTITIONER_WEIGHT, kg));
    }

    private SensorSpec sensors(ConfigFields top) {
        JsonNode node = top.optional("sensors");
        if (node == null) {
            return SensorSpec.TYPICAL;
        }
        ConfigFields fields = top.child("sensors", node);
        fields.allowOnly(SENSOR_FIELDS);
        SensorSpec typical = SensorSpec.TYPICAL;
        return fields.build(() -> new SensorSpec(fields.number("noiseKg", typical.noiseKg()),
                fields.number("driftKgPerMin", typical.driftKgPerMin()),
                fields.number("creepFraction", typical.creepFraction()),
                fields.number("creepTauS", typical.creepTauS()), fields.number("jitterMs", typical.jitterMs()),
                fields.number("dropRate", typical.dropRate())));
    }

    /** The actions; button presses (which take no time) go to {@code presses} instead. */
    private List<TimedAction> timeline(ConfigFields top, double practitionerKg, List<ButtonPress> presses) {
        JsonNode list = top.require("timeline");
        if (!list.isArray()) {
            throw top.error("timeline", "must be a list of actions");
        }
        List<TimedAction> timeline = new ArrayList<>();
        double cursor = 0;
        for (int i = 0; i < list.size(); i++) {
            ConfigFields item = top.child("timeline[" + i + "]", list.get(i));
            Input button = buttonOf(item);
            if (button != null) {
                item.allowOnly(PRESS_FIELDS);
                double at = item.number("t", cursor);
                presses.add(item.build(() -> new ButtonPress(at, button)));
                continue;
            }
            Action action = ActionParser.parse(item, practitionerKg);
            double start = item.number("t", cursor);
            if (start < cursor - 1e-9) {
                throw item.error("t", "starts at " + start + " s, before the previous action ends at " + cursor + " s");
            }
            timeline.add(new TimedAction(start, action));
            cursor = start + action.durationS();
        }
        return timeline;
    }

    /** The button a timeline entry presses, or null for an action. */
    private static Input buttonOf(ConfigFields item) {
        String kind = item.text("do", "");
        for (Input input : Input.values()) {
            if (ButtonPress.kind(input).equals(kind)) {
                return input;
            }
        }
        return null;
    }

    private List<Fault> faults(ConfigFields top, TableConfig table) {
        JsonNode list = top.optional("faults");
        List<Fault> faults = new ArrayList<>();
        if (list == null) {
            return faults;
        }
        if (!list.isArray()) {
            throw top.error("faults", "must be a list of faults");
        }
        for (int i = 0; i < list.size(); i++) {
            ConfigFields item = top.child("faults[" + i + "]", list.get(i));
            item.allowOnly(FAULT_FIELDS);
            FaultType type = item.build(() -> FaultType.parse(item.text("fault", null)));
            String channel = item.text("channel", "");
            if (channel.isEmpty()) {
                channel = null;
            } else if (table.indexOf(channel) < 0) {
                throw item.error("channel", "'" + channel + "' is not a cell of the table");
            }
            String cell = channel;
            faults.add(item.build(() -> new Fault(type, item.number("t", null), item.number("duration", defaultDuration(type)),
                    cell, item.number("kg", defaultKg(type)), item.number("riseMs", 60.0),
                    (int) item.number("count", 3.0))));
        }
        return faults;
    }

    private static double defaultDuration(FaultType type) {
        return switch (type) {
            case SPIKE, CORRUPT, SLIP -> 0;
            case STALE -> 0.6;
            case SATURATE -> 1;
            case STUCK -> 2;
            case CABLE -> 0.45;
            case STOOL -> 12;
            case RESET -> 0.15;
        };
    }

    private static double defaultKg(FaultType type) {
        return switch (type) {
            case SPIKE -> 30;
            case SLIP -> 22;
            case STOOL -> 18;
            default -> 0;
        };
    }
}
