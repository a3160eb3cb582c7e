/** Session statistics from the filtered loads: peaks, time over the limit, time, load and dose per zone. */
package dev.ashiatsu.core.stats;
