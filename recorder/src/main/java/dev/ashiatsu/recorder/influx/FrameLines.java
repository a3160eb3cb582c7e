package dev.ashiatsu.recorder.influx;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.recorder.journal.RecordedEstimate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code ashiatsu_frame} points of one session as line protocol (docs/influxdb.md, "Schema"): the
 * session's tags and the cells' field names escaped once, then one line per frame. Tags and fields go in
 * key order, as influxdb-client-java sorts them, so a line is exactly what {@code Point.toLineProtocol()}
 * gives for the same point (tested), only without building one.
 */
final class FrameLines {

    private final SessionContext session;
    /** {@code ashiatsu_frame,client=..,practitioner=..,session=..,table=..} (tags in key order, empty ones left out). */
    private final String prefix;
    private final List<String> cellIds;
    /** The channels in the order of their field names; renamed when a frame has more channels than cells. */
    private int[] order;
    private String[] rawFields;
    private String[] kgFields;

    FrameLines(SessionContext session) {
        this.session = session;
        StringBuilder tags = new StringBuilder();
        LineProtocol.measurement(tags, PointMapper.FRAME);
        tag(tags, "client", session.info().client().id());
        tag(tags, "practitioner", session.info().practitioner().id());
        tag(tags, "session", session.id());
        tag(tags, "table", session.info().table().name());
        this.prefix = tags.toString();
        this.cellIds = session.info().table().cells().stream().map(CellConfig::id).toList();
        name(cellIds.size());
    }

    /** Field names for {@code channels} channels: the cells' ids, {@code ch<n>} for a channel beyond them. */
    private void name(int channels) {
        String[] ids = new String[channels];
        rawFields = new String[channels];
        kgFields = new String[channels];
        for (int c = 0; c < channels; c++) {
            ids[c] = c < cellIds.size() ? cellIds.get(c) : "ch" + c;
            rawFields[c] = escapedKey("raw_" + ids[c]);
            kgFields[c] = escapedKey("kg_" + ids[c]);
        }
        order = IntStream.range(0, channels).boxed().sorted(Comparator.comparing(c -> ids[c]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** One frame's point. */
    void append(LineBatch batch, double tMs, double[] values, boolean inKg, RecordedEstimate estimate) {
        if (values.length > order.length) {
            name(values.length);
        }
        StringBuilder line = batch.newLine().append(prefix);
        Fields fields = new Fields(line);
        if (estimate != null) {
            fields.decimal("applied_kg", estimate.appliedKg());
            fields.decimal("bar_kg", estimate.barKg());
        }
        if (inKg) {
            for (int c : order) {
                if (c < values.length && !Double.isNaN(values[c])) {
                    fields.decimal(kgFields[c], values[c]);
                }
            }
        }
        if (estimate != null) {
            fields.decimal("limit_kg", estimate.limitKg());
            if (estimate.phase() != null) {
                fields.string("phase", estimate.phase().name());
            }
            fields.decimal("practitioner_kg", estimate.practitionerKg());
        }
        if (!inKg) {
            for (int c : order) {
                if (c < values.length && !Double.isNaN(values[c])) {
                    fields.integer(rawFields[c], (long) values[c]);
                }
            }
        }
        fields.decimal("t_ms", tMs);
        if (estimate != null) {
            fields.decimal("table_kg", estimate.tableKg());
            if (estimate.xCm() != null) {
                fields.decimal("x_cm", estimate.xCm());
            }
            fields.string("zone", estimate.zone() == null ? "" : estimate.zone().name());
        }
        line.append(' ').append(session.epochNs(tMs));
    }

    private static void tag(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(',');
            LineProtocol.key(out, key);
            out.append('=');
            LineProtocol.key(out, value);
        }
    }

    private static String escapedKey(String key) {
        StringBuilder out = new StringBuilder();
        LineProtocol.key(out, key);
        return out.toString();
    }

    /** The field set of one line: a space before the first field, commas between. Keys are given escaped. */
    private static final class Fields {

        private final StringBuilder line;
        private char separator = ' ';

        Fields(StringBuilder line) {
            this.line = line;
        }

        void decimal(String key, double value) {
            if (Double.isFinite(value)) {
                LineProtocol.decimal(start(key), value);
            }
        }

        void integer(String key, long value) {
            start(key).append(value).append('i');
        }

        void string(String key, String value) {
            LineProtocol.string(start(key), value);
        }

        private StringBuilder start(String key) {
            line.append(separator).append(key).append('=');
            separator = ',';
            return line;
        }
    }
}
