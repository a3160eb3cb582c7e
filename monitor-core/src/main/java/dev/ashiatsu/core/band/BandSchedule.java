package dev.ashiatsu.core.band;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The band sets of a session in force over time: the set in force at {@code t} is the last one whose
 * {@code fromMs} lies before {@code t} (a set made at the moment of the last frame applies from the next one;
 * a set from the session's start, {@code fromMs} null, counts as the earliest). Reads forward in time through a cursor, so a pass over the frames costs nothing per frame.
 */
public final class BandSchedule {

    private static final BandSet NONE = new BandSet(null, Map.of());

    private final List<BandSet> sets;
    private int next;
    private BandSet current = NONE;

    /** @param sets in any order; sets at the same moment keep their given order (the later wins) */
    public BandSchedule(List<BandSet> sets) {
        List<BandSet> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparingDouble(BandSchedule::from));
        this.sets = sorted;
    }

    /** Whether the session ever had a band. */
    public boolean any() {
        return sets.stream().anyMatch(set -> !set.bands().isEmpty());
    }

    /**
     * The set in force at {@code tMs}. Calls must come with times that never go back; start a new
     * schedule for another pass.
     */
    public BandSet at(double tMs) {
        while (next < sets.size() && from(sets.get(next)) < tMs) {
            current = sets.get(next++);
        }
        return current;
    }

    /** The set in force at {@code tMs} among {@code sets} (in the order made), for a single look-up; none: an empty set. */
    public static BandSet inForce(List<BandSet> sets, double tMs) {
        BandSet found = NONE;
        for (BandSet set : sets) {
            if (from(set) < tMs && from(set) >= from(found)) {
                found = set;
            }
        }
        return found;
    }

    private static double from(BandSet set) {
        return set.fromMs() == null ? Double.NEGATIVE_INFINITY : set.fromMs();
    }
}
