package dev.ashiatsu.recorder.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * A journal's bytes parsed into intact records, with its format and its damaged stretches. Pure. A damaged
 * magic does not make a journal unreadable: the format is then the one whose layout finds more intact
 * records, and the magic's 8 bytes are reported as damage.
 */
record JournalContent(JournalFormat format, RecordFraming.Scan scan, List<Damage> damage) {

    static JournalContent of(byte[] bytes, int length) {
        if (length < JournalFormat.MAGIC_LENGTH) {
            throw new CorruptJournalException("not an ashiatsu journal: " + length + " bytes, shorter than its magic");
        }
        JournalFormat format = JournalFormat.ofMagic(bytes, length);
        if (format != null) {
            RecordFraming.Scan scan = scanBody(format, bytes, length);
            return new JournalContent(format, scan, scan.damage());
        }
        RecordFraming.Scan best = null;
        JournalFormat bestFormat = null;
        for (JournalFormat candidate : new JournalFormat[] {JournalFormat.V2, JournalFormat.V1}) {
            RecordFraming.Scan scan = scanBody(candidate, bytes, length);
            if (best == null || scan.records().size() > best.records().size()) {
                best = scan;
                bestFormat = candidate;
            }
        }
        List<Damage> damage = new ArrayList<>();
        damage.add(new Damage(0, JournalFormat.MAGIC_LENGTH, null, null));
        damage.addAll(best.damage());
        return new JournalContent(bestFormat, best, List.copyOf(damage));
    }

    private static RecordFraming.Scan scanBody(JournalFormat format, byte[] bytes, int length) {
        byte[] body = java.util.Arrays.copyOfRange(bytes, JournalFormat.MAGIC_LENGTH, length);
        return RecordFraming.scan(format, body, body.length, JournalFormat.MAGIC_LENGTH);
    }
}
