/** Session statistics from the filtered loads: peaks, time over the limit, time and load per zone. */
package dev.ashiatsu.core.stats;
