package dev.ashiatsu.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConfigFieldsTest {

    private static final ConfigFields ROOT = ConfigFields.parse("f.yaml", """
            name: bench
            blank: "  "
            gone: null
            rate: 80
            quoted: " 12.5 "
            half: 2.5
            word: five
            enabled: true
            list: [1, 2]
            inner: {pin: 6, label: x}
            """);

    private static String error(Executable action) {
        return assertThrows(ConfigException.class, action).getMessage();
    }

    @Test
    void aSyntaxErrorNamesTheLineOnOneLine() {
        String message = error(() -> ConfigFields.parse("f.yaml", "a: 1\nb: [unclosed\n"));

        assertTrue(message.matches("f\\.yaml:\\d+: not valid YAML or JSON \\(.+\\)"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void theTopLevelMustBeAnObject() {
        assertEquals("f.yaml: must be a YAML or JSON object of fields", error(() -> ConfigFields.parse("f.yaml", "- 1\n")));
        assertEquals("f.yaml: must be a YAML or JSON object of fields", error(() -> ConfigFields.parse("f.yaml", "")));
    }

    @Test
    void nullCountsAsAbsent() {
        assertNull(ROOT.optional("gone"));
        assertFalse(ROOT.has("gone"));
        assertEquals("fallback", ROOT.text("gone", "fallback"));
        assertNull(ROOT.optionalNumber("gone"));
        assertEquals("f.yaml: gone: is required", error(() -> ROOT.require("gone")));
        assertEquals("f.yaml: missing: is required", error(() -> ROOT.number("missing", null)));
    }

    @Test
    void textMustBeAScalarAndNonBlankTextMustHaveContent() {
        assertEquals("80", ROOT.text("rate", null));
        assertEquals("f.yaml: list: must be text", error(() -> ROOT.text("list", null)));
        assertEquals("bench", ROOT.nonBlankText("name"));
        assertEquals("f.yaml: blank: must be non-empty text", error(() -> ROOT.nonBlankText("blank")));
    }

    @Test
    void numbersMayBeNumericText() {
        assertEquals(80.0, ROOT.number("rate", null));
        assertEquals(12.5, ROOT.number("quoted", null));
        assertEquals(3.0, ROOT.number("missing", 3.0));
        assertEquals("f.yaml: word: must be a number, was 'five'", error(() -> ROOT.number("word", null)));
    }

    @Test
    void integersMustBeWhole() {
        assertEquals(80, ROOT.integer("rate", null));
        assertEquals(7, ROOT.integer("missing", 7));
        assertEquals("f.yaml: half: must be a whole number, was '2.5'", error(() -> ROOT.integer("half", null)));
        assertEquals("f.yaml: quoted: must be a whole number, was ' 12.5 '", error(() -> ROOT.integer("quoted", null)));
    }

    @Test
    void flagsAreBooleans() {
        assertTrue(ROOT.flag("enabled", false));
        assertFalse(ROOT.flag("missing", false));
        assertEquals("f.yaml: rate: must be true or false, was '80'", error(() -> ROOT.flag("rate", true)));
    }

    @Test
    void childrenAndTheirErrorsCarryThePath() {
        ConfigFields inner = ROOT.child("inner", ROOT.require("inner"));

        assertEquals("inner.pin", inner.pathOf("pin"));
        assertEquals("f.yaml: inner.pin: must be odd", inner.error("pin", "must be odd").getMessage());
        assertEquals("f.yaml: list[0]: must be an object of fields", error(() -> ROOT.child("list[0]", ROOT.require("list").get(0))));
        assertEquals("f.yaml: nothing: must be an object of fields", error(() -> ROOT.child("nothing", null)));
    }

    @Test
    void allowOnlyNamesTheFirstUnknownFieldAndTheKnownOnes() {
        ConfigFields inner = ROOT.child("inner", ROOT.require("inner"));

        assertNull(inner.unknownField(Set.of("pin", "label")));
        assertEquals("label", inner.unknownField(Set.of("pin")));
        assertEquals("f.yaml: inner.label: is not a known field (known: pin, port)",
                error(() -> inner.allowOnly(Set.of("port", "pin"))));
        assertEquals("f.yaml: inner.label: is not a known field; did you mean labels? (known: labels, pin)",
                error(() -> inner.allowOnly(Set.of("labels", "pin"))));
    }

    @Test
    void buildNamesTheObjectWhoseConstructorRefused() {
        ConfigFields inner = ROOT.child("inner", ROOT.require("inner"));

        assertEquals("f.yaml: inner: pin 6 is taken", error(() -> inner.build(() -> {
            throw new IllegalArgumentException("pin 6 is taken");
        })));
        assertEquals("f.yaml: label must be given", error(() -> ROOT.build(() -> {
            throw new NullPointerException("label must be given");
        })));
        assertEquals("ok", ROOT.build(() -> "ok"));
    }

    @Test
    void withoutLeavesOutTheNamedFieldsAndKeepsThePath() {
        ConfigFields inner = ROOT.child("inner", ROOT.require("inner")).without("label");

        assertNull(inner.unknownField(Set.of("pin")));
        assertEquals("f.yaml: inner.pin: is required", error(() -> inner.without("pin").require("pin")));
        assertTrue(ROOT.child("inner", ROOT.require("inner")).has("label"), "the original keeps its fields");
    }

    @Test
    void buildNamesTheFieldOfAnInvalidField() {
        ConfigFields inner = ROOT.child("inner", ROOT.require("inner"));

        assertEquals("f.yaml: inner.pin: must be in [0, 5], was 6",
                error(() -> inner.build(() -> FieldRange.closed(0, 5, "").check("pin", 6))));
    }

    @Test
    void aKeyGivenTwiceIsRefusedInYamlAndJson() {
        assertEquals("f.yaml:3: not valid YAML or JSON (Duplicate field 'maxFraction')",
                error(() -> ConfigFields.parse("f.yaml", "id: c\nmaxFraction: 0.2\nmaxFraction: 0.9\n")));
        assertTrue(error(() -> ConfigFields.parse("f.json", "{\"a\": 1, \"a\": 2}"))
                .startsWith("f.json:1: not valid YAML or JSON (Duplicate field 'a')"));
    }

    @Test
    void anythingAfterTheFirstObjectIsRefused() {
        assertEquals("f.yaml:3: more follows the first object (a second YAML document or text after the JSON)",
                error(() -> ConfigFields.parse("f.yaml", "a: 1\n---\nb: 2\n")));
        assertTrue(error(() -> ConfigFields.parse("f.json", "{\"a\": 1} {\"b\": 2}")).startsWith("f.json:1: "));
        assertTrue(error(() -> ConfigFields.parse("f.json", "{\"a\": 1} trailing")).startsWith("f.json:1: "));
    }

    @Test
    void aliasesAreRefusedSoABillionLaughsFileIsToo() {
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 0; level < 9; level++) {
            String previous = level == 0 ? "a" : "l" + (level - 1);
            laughs.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        assertEquals("f.yaml:2: not valid YAML or JSON (an alias (*a) is not allowed: write the value out)",
                error(() -> ConfigFields.parse("f.yaml", laughs.toString())));
        assertEquals("f.yaml:2: not valid YAML or JSON (an alias (*limit) is not allowed: write the value out)",
                error(() -> ConfigFields.parse("f.yaml", "base: &limit 40\nmaxAppliedKg: *limit\n")));
    }

    @Test
    void aTextLongerThanTheBoundIsRefusedBeforeParsing() {
        String text = "notes: '" + "x".repeat(ConfigFields.MAX_BYTES) + "'\n";
        assertEquals("f.yaml: is " + text.length() + " characters long, more than a config may be (262144)",
                error(() -> ConfigFields.parse("f.yaml", text)));
    }
}
