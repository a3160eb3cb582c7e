package dev.ashiatsu.sim.output;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.estimate.Zone;
import java.util.Map;

/**
 * Writes table configs and profiles in the YAML formats of design.md section 5, so that a simulated
 * output can be read back with {@code analyze --table ... --client ... --practitioner ...}.
 */
public final class ProfileWriter {

    private ProfileWriter() {
    }

    public static String table(TableConfig table) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(quote(table.name())).append('\n');
        y.append("lengthCm: ").append(number(table.lengthCm())).append('\n');
        y.append("widthCm: ").append(number(table.widthCm())).append('\n');
        y.append("sampleRateHz: ").append(number(table.sampleRateHz())).append('\n');
        y.append("cells:\n");
        for (CellConfig cell : table.cells()) {
            y.append("  - {id: ").append(quote(cell.id())).append(", role: ").append(cell.role().configName())
                    .append(", xCm: ").append(number(cell.xCm())).append(", yCm: ").append(number(cell.yCm()))
                    .append(", offset: ").append(number(cell.offset())).append(", countsPerKg: ")
                    .append(number(cell.countsPerKg())).append("}\n");
        }
        return y.toString();
    }

    public static String client(ClientProfile client) {
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(quote(client.id())).append('\n');
        y.append("name: ").append(quote(client.name())).append('\n');
        y.append("heightCm: ").append(number(client.heightCm())).append('\n');
        y.append("crownXcm: ").append(number(client.crownXcm())).append('\n');
        if (client.maxAppliedKg() != null) {
            y.append("maxAppliedKg: ").append(number(client.maxAppliedKg())).append('\n');
        }
        if (client.maxFraction() != null) {
            y.append("maxFraction: ").append(number(client.maxFraction())).append('\n');
        }
        if (!client.zoneFactors().isEmpty()) {
            y.append("zoneFactors:\n");
            for (Map.Entry<Zone, Double> factor : new java.util.TreeMap<>(client.zoneFactors()).entrySet()) {
                y.append("  ").append(factor.getKey().name()).append(": ").append(number(factor.getValue())).append('\n');
            }
        }
        if (!client.notes().isEmpty()) {
            y.append("notes: ").append(quote(client.notes())).append('\n');
        }
        return y.toString();
    }

    public static String practitioner(PractitionerProfile practitioner) {
        StringBuilder y = new StringBuilder();
        y.append("id: ").append(quote(practitioner.id())).append('\n');
        y.append("name: ").append(quote(practitioner.name())).append('\n');
        if (practitioner.weightKg() != null) {
            y.append("weightKg: ").append(number(practitioner.weightKg())).append('\n');
        }
        return y.toString();
    }

    /** A number as YAML: whole numbers without decimals, others with as many as they need. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A double-quoted YAML string (quotes and backslashes escaped). */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

}
