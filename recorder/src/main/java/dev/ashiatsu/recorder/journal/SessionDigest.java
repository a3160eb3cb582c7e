package dev.ashiatsu.recorder.journal;

import dev.ashiatsu.core.LoadStatus;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.band.BandSet;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.recorder.SessionInfo;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a session's review page opens with, computed once from the whole session: its list entry,
 * statistics, the worst status per zone, alarms, notes, damage, and the chart's columns (every frame's time,
 * applied load and limit, so any zoom of the chart is exact). Only replay and export need the frames
 * themselves. Kept beside the journal ({@code ID.digest.json}) and uploaded to InfluxDB at a session's end
 * ({@link DigestJson} is the format). Immutable.
 *
 * @param firstMs    the first frame's time (frame clock, ms), 0 with no frames
 * @param lastMs     the last frame's time, 0 with no frames
 * @param endMs      when the session ended cleanly, null otherwise
 * @param worstZones per zone that had a load (in body order), the worst status the core found there frame by frame
 * @param bands      the target band sets recorded, in the order made (empty for none)
 */
public record SessionDigest(String id, SessionInfo info, SessionSummary summary, int frames, double firstMs,
                            double lastMs, Double endMs, double durationS, long framesLost, SessionStats stats,
                            Map<Zone, LoadStatus> worstZones, List<AlarmEvent> alarms, List<Note> notes,
                            List<Damage> damage, List<BandSet> bands, ChartColumns chart) {

    public SessionDigest {
        alarms = List.copyOf(alarms);
        notes = List.copyOf(notes);
        damage = List.copyOf(damage);
        bands = List.copyOf(bands);
        worstZones = worstZones.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(worstZones));
        if (chart.frames() != frames) {
            throw new IllegalArgumentException("chart of " + chart.frames() + " frames for a session of " + frames);
        }
    }

    /** The digest of a whole session in memory. */
    public static SessionDigest of(SessionData s) {
        int n = s.frames();
        SessionStats stats = SessionStats.of(s);
        return new SessionDigest(s.id(), s.info(), SessionSummary.of(s, stats), n, n > 0 ? s.tMs()[0] : 0,
                n > 0 ? s.tMs()[n - 1] : 0, s.endMs(), s.durationS(), s.framesLost(), stats,
                ZoneStatuses.worst(s), s.alarms(), s.notes(), s.damage(), s.bands(), s.chart());
    }
}
