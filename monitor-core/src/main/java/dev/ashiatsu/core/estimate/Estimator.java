package dev.ashiatsu.core.estimate;

import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Phase;
import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.Ranges;
import dev.ashiatsu.core.config.TableConfig;

/**
 * The estimator of design.md section 2: calibration, zero tracking, the median-of-3 filter, the phases
 * with baseline capture, {@code T}, {@code B}, {@code A}, {@code P}, {@code P^}, {@code x_A}, the zone and
 * the limit. Feed it one frame at a time with {@link #update}; read the results from its accessors.
 * Allocation-free per frame. Not thread-safe.
 */
public final class Estimator {

    static final double EMPTY_BELOW_KG = 10;
    static final double BARS_LOADED_KG = 2;
    static final double APPLIED_LOADED_KG = 5;
    static final double STEADY_TOLERANCE_KG = 0.5;
    static final double RECAPTURE_WITHIN_KG = 5;
    static final double BAR_IDLE_BELOW_KG = 0.5;
    static final double ZERO_FOLLOW_KG_PER_MS = 0.5 / 60_000;
    /** Loaded time before P^ may stand in for an unknown weight in the limit (mounting reads low). */
    static final double ESTIMATE_MATURE_MS = 5000;
    /** A longer silence between frames makes every window start afresh. */
    static final double GAP_MS = 250;

    private final TableConfig table;
    private final CellConfig[] cells;
    private final boolean[] isTable;
    private final double[] xCm;
    private final MedianOf3Filter filter;
    private final double[] zeroKg;
    private final double[] unfilteredKg;
    private final double[] cellKg;
    private final double[] cellBaselineKg;
    /** Each cell's load over the last second; kept only outside LOADED, like the steadiness windows. */
    private final SlidingMean[] cellMeans;
    private final SteadinessWindow tableSteadiness = new SteadinessWindow(STEADY_TOLERANCE_KG);
    private final SteadinessWindow barSteadiness = new SteadinessWindow(STEADY_TOLERANCE_KG);
    private StreamingMedian practitionerEstimate;
    private double loadedMs;
    private String practitionerId;

    private ClientProfile client;
    private Double profileWeightKg;
    private Phase phaseOverride;

    private double tMs = Double.NaN;
    /** Frames since the last gap (the gap's first frame is 1); large when there was none. */
    private int framesSinceGap = Integer.MAX_VALUE;
    private double tableKg;
    private double barKg;
    private boolean hasBaseline;
    private double baselineKg;
    private double lastBaselineKg = Double.NaN;
    private double appliedKg;
    private double xAppliedCm = Double.NaN;
    private Zone zone;
    private double limitKg;
    private Phase phase = Phase.EMPTY;

    public Estimator(TableConfig table, ClientProfile client, PractitionerProfile practitioner) {
        this.table = table;
        int n = table.channelCount();
        cells = table.cells().toArray(new CellConfig[0]);
        isTable = new boolean[n];
        xCm = new double[n];
        for (int i = 0; i < n; i++) {
            isTable[i] = cells[i].isTable();
            xCm[i] = cells[i].xCm();
        }
        filter = new MedianOf3Filter(n);
        zeroKg = new double[n];
        unfilteredKg = new double[n];
        cellKg = new double[n];
        cellBaselineKg = new double[n];
        cellMeans = new SlidingMean[n];
        for (int i = 0; i < n; i++) {
            cellMeans[i] = new SlidingMean(1000);
        }
        changeProfiles(client, practitioner);
    }

    /**
     * Switches profiles. A different practitioner starts a new weight estimate: P^ belongs to one person.
     *
     * @return true when the practitioner changed
     * @throws dev.ashiatsu.core.config.InvalidField when the client's crown is not on this table
     *         ({@link Ranges#checkFits}); nothing changes then
     */
    public boolean changeProfiles(ClientProfile newClient, PractitionerProfile practitioner) {
        Ranges.checkFits(newClient, table);
        this.client = newClient;
        this.profileWeightKg = practitioner == null ? null : practitioner.weightKg();
        String id = practitioner == null ? null : practitioner.id();
        boolean changed = practitionerEstimate == null || !java.util.Objects.equals(id, practitionerId);
        if (changed) {
            practitionerId = id;
            practitionerEstimate = newEstimate();
            loadedMs = 0;
        }
        return changed;
    }

    private static StreamingMedian newEstimate() {
        return new StreamingMedian(-50, 350, 0.02);
    }

    /** Forces the phase (null: automatic). A forced phase still needs a baseline to compute A. */
    public void overridePhase(Phase forced) {
        this.phaseOverride = forced;
    }

    /** Sets every cell's zero to its current filtered reading. */
    public void tare() {
        for (int i = 0; i < cells.length; i++) {
            double calibrated = filter.value(i);
            if (!Double.isNaN(calibrated)) {
                zeroKg[i] = calibrated;
            }
        }
        tableSteadiness.clear();
        barSteadiness.clear();
        for (SlidingMean mean : cellMeans) {
            mean.clear();
        }
        hasBaseline = false;
    }

    /** Processes one frame (its time must not be before the previous frame's). */
    public void update(Frame frame) {
        double dtMs = Double.isNaN(tMs) ? 0 : frame.tMs() - tMs;
        tMs = frame.tMs();
        if (dtMs > GAP_MS) {
            // After a silence, samples from before it must not make a window look steady or full.
            forgetRecentHistory();
            framesSinceGap = 0;
        }
        if (framesSinceGap < Integer.MAX_VALUE) {
            framesSinceGap++;
        }
        double[] values = frame.values();
        boolean wasLoaded = phase == Phase.LOADED;
        double table = 0;
        double bars = 0;
        for (int i = 0; i < cells.length; i++) {
            double value = values[i];
            double calibrated = Double.isNaN(value) ? Double.NaN : frame.inKg() ? value : cells[i].toKg(value);
            unfilteredKg[i] = calibrated - zeroKg[i];
            double filtered = filter.push(i, calibrated);
            double load = Double.isNaN(filtered) ? 0 : filtered - zeroKg[i];
            cellKg[i] = load;
            if (!wasLoaded) {
                cellMeans[i].add(tMs, load);
            }
            if (isTable[i]) {
                table += load;
            } else {
                bars += load;
            }
        }
        tableKg = table;
        barKg = bars;
        if (!wasLoaded) {
            tableSteadiness.add(tMs, table);
            barSteadiness.add(tMs, bars);
            followZeros(dtMs);
        }
        decidePhase();
        if (phase == Phase.LOADED && !wasLoaded) {
            forgetRecentHistory();
        }
        locateLoad();
        if (phase == Phase.LOADED) {
            practitionerEstimate.add(appliedKg + barKg);
            loadedMs += Math.min(dtMs, GAP_MS);
        }
    }

    private void decidePhase() {
        if (tableKg < EMPTY_BELOW_KG) {
            hasBaseline = false;
            phase = Phase.EMPTY;
        } else {
            appliedKg = hasBaseline ? tableKg - baselineKg : 0;
            boolean loaded = hasBaseline && (barKg >= BARS_LOADED_KG || appliedKg >= APPLIED_LOADED_KG);
            phase = loaded ? Phase.LOADED : Phase.CLIENT;
            if (!loaded && barKg < BARS_LOADED_KG && tableSteadiness.steady()) {
                double mean = tableSteadiness.meanOfLastSecond();
                if (!hasBaseline || Math.abs(mean - baselineKg) <= RECAPTURE_WITHIN_KG) {
                    captureBaseline(mean);
                }
            }
        }
        if (phaseOverride != null) {
            phase = phaseOverride;
        }
        appliedKg = hasBaseline ? tableKg - baselineKg : 0;
    }

    /**
     * The windows that serve baselines and zeros are not kept while LOADED (neither can change then);
     * after the practitioner leaves they need their full span again before a recapture.
     */
    private void forgetRecentHistory() {
        tableSteadiness.clear();
        barSteadiness.clear();
        for (SlidingMean mean : cellMeans) {
            mean.clear();
        }
    }

    private void captureBaseline(double meanTableKg) {
        hasBaseline = true;
        baselineKg = meanTableKg;
        lastBaselineKg = meanTableKg;
        for (int i = 0; i < cells.length; i++) {
            cellBaselineKg[i] = cellMeans[i].mean();
        }
    }

    /** Zeros follow slow drift while nothing is on the cells (design.md section 2). */
    private void followZeros(double dtMs) {
        double maxStep = ZERO_FOLLOW_KG_PER_MS * dtMs;
        boolean tableIdle = tableKg < EMPTY_BELOW_KG && tableSteadiness.steady();
        boolean barsIdle = barKg < BAR_IDLE_BELOW_KG && barSteadiness.steady();
        if (!tableIdle && !barsIdle) {
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            if (isTable[i] ? tableIdle : barsIdle) {
                double mean = cellMeans[i].mean();
                if (!Double.isNaN(mean)) {
                    zeroKg[i] += Math.max(-maxStep, Math.min(maxStep, mean));
                }
            }
        }
    }

    private void locateLoad() {
        zone = null;
        xAppliedCm = Double.NaN;
        if (hasBaseline && appliedKg >= APPLIED_LOADED_KG) {
            double moment = 0;
            double total = 0;
            for (int i = 0; i < cells.length; i++) {
                if (isTable[i]) {
                    double delta = cellKg[i] - cellBaselineKg[i];
                    moment += delta * xCm[i];
                    total += delta;
                }
            }
            if (total > 0) {
                xAppliedCm = moment / total;
                zone = Zone.atTablePosition(xAppliedCm, client.crownXcm(), client.heightCm());
            }
        }
        double factor = zone == null ? 1 : client.factorOf(zone);
        limitKg = factor == 0 ? 0 : client.baseLimitKg(practitionerKg()) * factor;
    }

    public double tMs() {
        return tMs;
    }

    /**
     * True for the first frames after a gap of more than {@value #GAP_MS} ms, while the median filter still
     * mixes samples from before the gap into the loads: a change seen then happened at an unknown rate.
     */
    public boolean spansGap() {
        return framesSinceGap < MedianOf3Filter.LENGTH;
    }

    public Phase phase() {
        return phase;
    }

    public double tableKg() {
        return tableKg;
    }

    public double barKg() {
        return barKg;
    }

    /** Whether the phase is forced by hand ({@link #overridePhase}). */
    public boolean phaseForced() {
        return phaseOverride != null;
    }

    /** Whether the automatic phase rule says EMPTY ({@code T < 10 kg}), whatever the manual override. */
    public boolean automaticPhaseEmpty() {
        return tableKg < EMPTY_BELOW_KG;
    }

    /**
     * Whether table and bars were both steady at the last frame (design.md section 2: every sample of the
     * last 2 s within 0.5 kg of the last 1 s mean). False while LOADED and for 2 s after a tare or a gap.
     */
    public boolean steady() {
        return phase != Phase.LOADED && tableSteadiness.steady() && barSteadiness.steady();
    }

    public boolean hasBaseline() {
        return hasBaseline;
    }

    /** The current baseline C, NaN when there is none. */
    public double baselineKg() {
        return hasBaseline ? baselineKg : Double.NaN;
    }

    /** The last baseline captured in this session, even if since dropped; NaN if none ever was. */
    public double lastBaselineKg() {
        return lastBaselineKg;
    }

    public double appliedKg() {
        return appliedKg;
    }

    /** x_A in cm, NaN while A &lt; 5 kg. */
    public double xAppliedCm() {
        return xAppliedCm;
    }

    /** The zone under x_A, null while A &lt; 5 kg. */
    public Zone zone() {
        return zone;
    }

    /** The zone's limit factor (1 without a zone). */
    public double zoneFactor() {
        return zone == null ? 1 : client.factorOf(zone);
    }

    public double limitKg() {
        return limitKg;
    }

    /**
     * P: the profile's weight, else the estimate once it rests on {@value #ESTIMATE_MATURE_MS} ms of loaded
     * time (before that it is dragged down by the mounting), else NaN.
     */
    public double practitionerKg() {
        if (profileWeightKg != null) {
            return profileWeightKg;
        }
        return loadedMs >= ESTIMATE_MATURE_MS ? practitionerEstimate.median() : Double.NaN;
    }

    /** P^, NaN before any loaded sample. */
    public double practitionerEstimateKg() {
        return practitionerEstimate.median();
    }

    public int channelCount() {
        return cells.length;
    }

    public CellConfig cell(int channel) {
        return cells[channel];
    }

    /** A channel's filtered load in kg. */
    public double cellKg(int channel) {
        return cellKg[channel];
    }

    /** Every channel's unfiltered load in kg from the last frame (NaN where it had no sample); read-only, reused. */
    public double[] unfilteredKg() {
        return unfilteredKg;
    }

    public double[] cellKgCopy() {
        return cellKg.clone();
    }
}
