package dev.ashiatsu.core.estimate;

/**
 * The median of every value added so far, to {@code resolution}, in O(1) memory and amortised O(1)
 * per value: a histogram of fixed bins over [{@code low}, {@code high}] (values outside are clamped to
 * the edge bins) with a pointer that follows the median bin.
 */
public final class StreamingMedian {

    private final double low;
    private final double resolution;
    private final int[] bins;
    private long count;
    private int medianBin;
    /** Values in bins strictly below {@link #medianBin}. */
    private long below;

    public StreamingMedian(double low, double high, double resolution) {
        if (!(high > low) || !(resolution > 0)) {
            throw new IllegalArgumentException("need low < high and a positive resolution");
        }
        this.low = low;
        this.resolution = resolution;
        this.bins = new int[(int) Math.ceil((high - low) / resolution) + 1];
    }

    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        int bin = (int) Math.round((value - low) / resolution);
        bin = Math.max(0, Math.min(bins.length - 1, bin));
        bins[bin]++;
        count++;
        if (count == 1) {
            medianBin = bin;
            below = 0;
            return;
        }
        if (bin < medianBin) {
            below++;
        }
        long rank = (count - 1) / 2;
        while (below > rank) {
            medianBin--;
            below -= bins[medianBin];
        }
        while (below + bins[medianBin] <= rank) {
            below += bins[medianBin];
            medianBin++;
        }
    }

    public long count() {
        return count;
    }

    /** The median (the lower one for an even count), NaN when empty. */
    public double median() {
        return count == 0 ? Double.NaN : low + medianBin * resolution;
    }
}
