/**
 * Target bands (training mode): per body zone, the load a trainer wants the student to give, as a share of
 * the practitioner's body weight, and how much of the loaded time the load stayed in it.
 *
 * <p>{@link dev.ashiatsu.core.band.TargetBand} is one zone's band; {@link dev.ashiatsu.core.band.BandSet} the
 * bands set at one moment of a session; {@link dev.ashiatsu.core.band.BandLimits} refuses a band that would
 * teach going over the client's limit; {@link dev.ashiatsu.core.band.BandStatus} says where the load stands
 * against the band now; {@link dev.ashiatsu.core.band.InBandAccumulator} sums the time in band per zone, frame
 * by frame, with the band in force at each frame ({@link dev.ashiatsu.core.band.BandSchedule}). Pure: no I/O,
 * no clock. docs/guide.md ("Target bands") describes them.
 */
package dev.ashiatsu.core.band;
