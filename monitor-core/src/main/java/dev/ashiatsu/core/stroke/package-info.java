/**
 * Strokes: the applied load A cut into the practitioner's strokes, frame by frame.
 *
 * <p>Data flow: the {@link dev.ashiatsu.core.Monitor}'s filtered estimate of each frame (time, A, P, zone)
 * goes into a {@link dev.ashiatsu.core.stroke.StrokeSegmenter}, which returns a finished
 * {@link dev.ashiatsu.core.stroke.Stroke} on the frame that ends one. Pure and incremental: no I/O, no clock,
 * no thread. The thresholds and their units are in {@link dev.ashiatsu.core.stroke.StrokeThresholds};
 * docs/strokes.md explains them and how well the segmenter finds the simulator's strokes.
 */
package dev.ashiatsu.core.stroke;
