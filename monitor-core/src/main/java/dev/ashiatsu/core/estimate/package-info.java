/**
 * The estimator (design.md section 2) and its allocation-free building blocks: the median-of-3 filter,
 * sliding means and extremes on the frames' clock, the steadiness test, a streaming median, body zones.
 */
package dev.ashiatsu.core.estimate;
