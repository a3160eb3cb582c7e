package dev.ashiatsu.bridge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ashiatsu.bridge.source.SourceSpec.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceSpecTest {

    @Test
    void parsesEveryKind() {
        assertEquals(new SourceSpec(Kind.SERIAL, "/dev/ttyUSB0", 115200), SourceSpec.parse("serial:/dev/ttyUSB0"));
        assertEquals(new SourceSpec(Kind.SERIAL, "/dev/ttyACM1", 1_000_000), SourceSpec.parse("serial:/dev/ttyACM1@1000000"));
        assertEquals(new SourceSpec(Kind.SERIAL, "COM3", 9600), SourceSpec.parse("serial:COM3@9600"));
        assertEquals(new SourceSpec(Kind.GPIO, "hx711.yaml", 0), SourceSpec.parse("gpio:hx711.yaml"));
        assertEquals(new SourceSpec(Kind.CAPTURE, "runs/a@b.log", 0), SourceSpec.parse("capture:runs/a@b.log"));
        assertEquals(new SourceSpec(Kind.CSV, "C:\\data\\s.csv", 0), SourceSpec.parse("csv:C:\\data\\s.csv"));
        assertEquals(new SourceSpec(Kind.SIM, "full-session", 0), SourceSpec.parse("SIM:full-session"));
    }

    @Test
    void printsTheCanonicalForm() {
        assertEquals("serial:/dev/ttyUSB0@115200", SourceSpec.parse("serial:/dev/ttyUSB0").toString());
        assertEquals("capture:x.log", SourceSpec.parse("capture:x.log").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "usb:/dev/ttyUSB0 | unknown kind 'usb'",
        "/dev/ttyUSB0 | unknown kind '/dev/ttyUSB0'",
        "serial: | the part after 'serial:' is empty",
        "csv | the part after 'csv:' is empty",
        "serial:/dev/ttyUSB0@fast | baud rate 'fast' is not a positive whole number",
        "serial:/dev/ttyUSB0@0 | baud rate '0'",
        "serial:/dev/ttyUSB0@ | baud rate ''",
        "serial:@9600 | the port before '@' is empty",
    })
    void namesTheBadPart(String option, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse(option));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(option.strip()) || option.isBlank(), e.getMessage());
    }

    @Test
    void listsTheFormsWhenTheKindIsUnknown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("tcp:x"));
        assertTrue(e.getMessage().contains("serial:/dev/ttyUSB0[@115200], gpio:<config file>, capture:FILE, csv:FILE, sim:<scenario>"),
                e.getMessage());
    }

    @Test
    void rejectsABaudRateOnOtherKinds() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpec(Kind.CSV, "a.csv", 9600));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpec(Kind.SERIAL, "/dev/x", 0));
    }
}
