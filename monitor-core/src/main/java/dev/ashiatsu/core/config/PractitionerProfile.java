package dev.ashiatsu.core.config;

import java.util.Objects;

/**
 * The practitioner.
 *
 * @param weightKg body weight in kg, or null when unknown (the monitor then uses its estimate)
 */
public record PractitionerProfile(String id, String name, Double weightKg) {

    public PractitionerProfile {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidField("id", "must not be blank");
        }
        Ranges.WEIGHT_KG.checkOptional("weightKg", weightKg);
        name = name == null ? id : name;
    }
}
