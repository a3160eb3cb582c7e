package dev.ashiatsu.sim.output;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.config.ConfigWriter;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.sim.Calibrations;
import dev.ashiatsu.sim.GroundTruth;
import dev.ashiatsu.sim.Pacer;
import dev.ashiatsu.sim.SimFrame;
import dev.ashiatsu.sim.Simulation;
import dev.ashiatsu.sim.plot.SessionPlot;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import dev.ashiatsu.sim.strokes.StrokeTruth;
import dev.ashiatsu.sim.strokes.TrueStroke;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a scenario into one output (recording CSV, capture, serial device or a pseudo-terminal pair it
 * makes), writes the table, client and practitioner beside a file output ({@code <output>.table.yaml},
 * {@code .client.yaml}, {@code .practitioner.yaml}; the CSV's table in kg, the capture's with the real
 * calibration), and optionally the ground truth and a plot. The engine behind {@code ashiatsu simulate}.
 * The truth is computed on kg frames for a CSV and on raw counts otherwise; its times are ms since the start,
 * but for a capture the host's epoch ms, the clock {@code analyze} reads from the capture's prefixes.
 */
public final class SimulationExport {

    private final ExportRequest request;
    private final PrintStream out;
    private final Clock clock;

    public SimulationExport(ExportRequest request, PrintStream out, Clock clock) {
        this.request = request;
        this.out = out;
        this.clock = clock;
    }

    /** A scenario with another duration (and only the button presses within it). */
    public static Scenario withDuration(Scenario s, double durationS) {
        return new Scenario(s.name(), s.description(), s.table(), s.client(), s.clientWeightKg(), s.practitioner(),
                s.practitionerWeightKg(), s.sensors(), s.timeline(), s.faults(), durationS, s.startEpochMs(),
                s.presses().stream().filter(press -> press.tS() < durationS).toList());
    }

    public void run() throws IOException, InterruptedException {
        Scenario scenario = Scenarios.load(request.scenario());
        if (request.durationS() != null) {
            scenario = withDuration(scenario, request.durationS());
        }
        switch (request.kind()) {
            case CSV -> {
                writeProfiles(scenario, true);
                try (FrameOutput csv = new CsvOutput(writer(request.target()), Calibrations.inKg(scenario.table()),
                        comment(scenario))) {
                    play(scenario, csv);
                }
                out.println("wrote " + request.target());
            }
            case CAPTURE -> {
                writeProfiles(scenario, false);
                SerialLines lines = new SerialLines(scenario.table().channelCount(), scenario.table().sampleRateHz());
                try (FrameOutput capture = new CaptureOutput(writer(request.target()), lines,
                        scenario.startEpochMs())) {
                    play(scenario, capture);
                }
                out.println("wrote " + request.target());
            }
            case SERIAL -> {
                try (FrameOutput serial = SerialPortOutput.open(request.target().toString(), serialLines(scenario))) {
                    out.println("sending scenario '" + scenario.name() + "' to " + request.target() + " in real time");
                    play(scenario, serial);
                }
            }
            case PTY -> {
                Path dir = request.ptyDir() != null ? request.ptyDir() : Path.of(System.getProperty("java.io.tmpdir"),
                        "ashiatsu-sim-" + ProcessHandle.current().pid());
                try (PtyPair pair = PtyPair.open(dir);
                     FrameOutput serial = SerialPortOutput.open(pair.simulatorEnd().toString(), serialLines(scenario))) {
                    out.println("pty: " + pair.applicationEnd().toRealPath());
                    out.println("read it with: ./ashiatsu serve --source serial:" + pair.applicationEnd()
                            + "   (link to " + pair.applicationEnd().toRealPath() + "; the simulator writes to "
                            + pair.simulatorEnd().toRealPath() + ")");
                    out.flush();
                    play(scenario, serial);
                }
            }
        }
        if (request.truth() != null || request.plot() != null) {
            boolean raw = request.kind() != ExportRequest.Kind.CSV;
            List<AlarmEvent> alarms = GroundTruth.alarms(scenario, request.seed(), raw);
            if (request.truth() != null) {
                double offsetMs = request.kind() == ExportRequest.Kind.CAPTURE ? scenario.startEpochMs() : 0;
                List<TrueStroke> strokes = StrokeTruth.of(scenario);
                Files.writeString(request.truth(), TruthWriter.json(scenario.name(), request.seed(), alarms, strokes, offsetMs));
                out.println("wrote " + request.truth() + " (" + alarms.size() + " alarms, " + strokes.size() + " strokes)");
            }
            if (request.plot() != null) {
                SessionPlot.render(scenario, request.seed(), alarms, request.plot());
                out.println("wrote " + request.plot());
            }
        }
    }

    private static SerialLines serialLines(Scenario scenario) {
        return new SerialLines(scenario.table().channelCount(), scenario.table().sampleRateHz());
    }

    private void play(Scenario scenario, FrameOutput output) throws IOException, InterruptedException {
        Simulation simulation = new Simulation(scenario, request.seed());
        Pacer pacer = request.paced() ? Pacer.realTime(clock) : Pacer.unpaced();
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            pacer.awaitMs(frame.tMs());
            output.write(frame);
            if (request.paced()) {
                output.flush();
            }
        }
        output.flush();
    }

    private void writeProfiles(Scenario scenario, boolean inKg) throws IOException {
        String base = request.target().toString();
        Files.writeString(Path.of(base + ".table.yaml"),
                ConfigWriter.yaml(inKg ? Calibrations.inKg(scenario.table()) : scenario.table()));
        Files.writeString(Path.of(base + ".client.yaml"), ConfigWriter.yaml(scenario.client()));
        Files.writeString(Path.of(base + ".practitioner.yaml"), ConfigWriter.yaml(scenario.practitioner()));
    }

    private String comment(Scenario scenario) {
        return "ashiatsu simulator: scenario " + scenario.name() + ", seed " + request.seed() + ", "
                + scenario.table().sampleRateHz() + " Hz, kg\n" + scenario.description().strip().replace("\n", " ");
    }

    private static BufferedWriter writer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
