package dev.ashiatsu.core.band;

/**
 * One zone's (or the whole session's) time against the target bands. Only loaded time (A &gt;= 5 kg, so the
 * load lies in a zone) while that zone had a band and P was known counts: {@code bandedS}. Its parts:
 *
 * @param bandedS       loaded time with a band in force, s (the denominator)
 * @param inBandS       of which inside the band, s
 * @param underS        of which below it, s
 * @param overS         of which above it, s
 * @param inBandPercent {@code 100 * inBandS / bandedS}, rounded to 0.1 %; null when {@code bandedS} is 0
 */
public record ZoneInBand(double bandedS, double inBandS, double underS, double overS, Double inBandPercent) {

    static ZoneInBand of(double bandedMs, double inMs, double underMs, double overMs) {
        Double percent = bandedMs > 0 ? Math.round(1000 * inMs / bandedMs) / 10.0 : null;
        return new ZoneInBand(bandedMs / 1000, inMs / 1000, underMs / 1000, overMs / 1000, percent);
    }
}
