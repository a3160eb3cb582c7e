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
            throw new IllegalArgumentException("id must not be blank");
        }
        if (weightKg != null && !(weightKg >= 20 && weightKg <= 300)) {
            throw new IllegalArgumentException("weightKg must be between 20 and 300, was " + weightKg);
        }
        name = name == null ? id : name;
    }
}
