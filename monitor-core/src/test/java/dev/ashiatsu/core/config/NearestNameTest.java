package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> CLIENT = ConfigReader.CLIENT_FIELDS;

    @Test
    void theSameNameInAnotherCaseIsTheNearest() {
        assertEquals(Optional.of("maxFraction"), NearestName.of("maxfraction", CLIENT));
        assertEquals(Optional.of("LOWER_BACK"), NearestName.of("lowerBack", List.of("KNEE", "LOWER_BACK", "MID_BACK")));
    }

    @Test
    void aNameCutShortOrWithAnExtraEndingIsTheNearest() {
        assertEquals(Optional.of("weightKg"), NearestName.of("weight", ConfigReader.PRACTITIONER_FIELDS));
        assertEquals(Optional.of("heightCm"), NearestName.of("heightCmx", CLIENT));
    }

    @Test
    void aTypoOfUpToTwoLettersIsTheNearest() {
        assertEquals(Optional.of("crownXcm"), NearestName.of("crownXm", CLIENT));
        assertEquals(Optional.of("maxAppliedKg"), NearestName.of("maxAplliedKg", CLIENT));
    }

    @Test
    void anUnrelatedNameHasNoNearest() {
        assertEquals(Optional.empty(), NearestName.of("colour", CLIENT));
        assertEquals(Optional.empty(), NearestName.of("x", CLIENT));
    }
}
