package dev.ashiatsu.core.report;

import dev.ashiatsu.core.Estimate;
import dev.ashiatsu.core.Frame;
import dev.ashiatsu.core.Monitor;
import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.AlarmListener;
import dev.ashiatsu.core.alarm.LoadReading;
import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.FrameSink;
import dev.ashiatsu.core.source.InputCounters;
import dev.ashiatsu.core.source.InputEvent;
import dev.ashiatsu.core.stroke.Stroke;
import dev.ashiatsu.core.stroke.StrokeSegmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole recording through a {@link Monitor} and collects the {@link SessionReport}: feed it as the
 * sink of a recording, frames and button presses in order. The report holds the monitor's statistics, dose and
 * alarms, the button presses and the strokes its estimate of every frame gives.
 */
public final class SessionAnalyzer implements AlarmListener, FrameSink {

    private final Monitor monitor;
    /** Every alarm by id, replaced by its ended form when it clears. */
    private final Map<Long, AlarmEvent> alarms = new LinkedHashMap<>();
    private final List<ButtonPress> presses = new ArrayList<>();
    private final StrokeSegmenter segmenter = new StrokeSegmenter();
    private final List<Stroke> strokes = new ArrayList<>();

    public SessionAnalyzer(TableConfig table, ClientProfile client, PractitionerProfile practitioner) {
        this.monitor = new Monitor(table, client, practitioner, this);
    }

    @Override
    public void accept(Frame frame) {
        monitor.accept(frame);
        LoadReading r = monitor.reading();
        Stroke stroke = segmenter.accept(r.tMs(), r.appliedKg(), r.practitionerKg(), r.zone());
        if (stroke != null) {
            strokes.add(stroke);
        }
    }

    /** A button pressed at the table: the monitor acts on it (see {@link Monitor#input}), the report lists it. */
    @Override
    public void input(InputEvent press) {
        AlarmEvent alarm = monitor.input(press);
        presses.add(new ButtonPress(press.tMs(), press.input(), alarm == null ? null : alarm.id()));
    }

    public Monitor monitor() {
        return monitor;
    }

    @Override
    public void raised(AlarmEvent alarm) {
        alarms.put(alarm.id(), alarm);
    }

    @Override
    public void cleared(AlarmEvent alarm) {
        alarms.put(alarm.id(), alarm);
    }

    /** The report so far; alarms still active keep a null end, a stroke under way ends at the last frame. */
    public SessionReport report(InputCounters input) {
        List<AlarmEvent> all = new ArrayList<>(alarms.values());
        for (AlarmEvent active : monitor.activeAlarms()) {
            all.replaceAll(a -> a.id() == active.id() ? active : a);
        }
        all.sort(Comparator.comparingDouble(AlarmEvent::startMs).thenComparingLong(AlarmEvent::id));
        Estimate last = monitor.estimate();
        double p = last.practitionerKg();
        List<Stroke> allStrokes = new ArrayList<>(strokes);
        Stroke underWay = segmenter.underWay();
        if (underWay != null) {
            allStrokes.add(underWay);
        }
        return new SessionReport(monitor.statistics(), monitor.lastBaselineKg(), Double.isNaN(p) ? null : p,
                last.practitionerEstimateKg(), all, input, List.copyOf(presses), allStrokes, monitor.dose());
    }
}
