package dev.ashiatsu.dashboard.load;

import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.core.source.Clock;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.LiveListener;
import dev.ashiatsu.dashboard.live.PipelineHealth;
import dev.ashiatsu.recorder.InfluxSettings;
import dev.ashiatsu.recorder.Recorders;
import dev.ashiatsu.recorder.Recording;
import dev.ashiatsu.recorder.influx.UploadCursor;
import dev.ashiatsu.recorder.journal.JournalFiles;
import dev.ashiatsu.recorder.journal.SessionData;
import dev.ashiatsu.recorder.journal.SessionSummary;
import dev.ashiatsu.sim.SimulatorSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One simulated table of the clinic load run, on the live path {@code serve} uses: the simulator source
 * in real time, the acquisition pipeline (monitor, alarms), the recording (journal in a data directory of its
 * own, uploader to InfluxDB's v2 write API), and one session running from {@link #start} to {@link #stopSession}.
 */
final class ClinicTable implements AutoCloseable {

    private final String name;
    private final SimulatorSource source;
    private final Recording recording;
    private final AcquisitionPipeline pipeline;
    private String sessionId;

    /**
     * @param scenario the scenario file (8 channels at 80 Hz); {@code index} seeds it and names the table
     */
    ClinicTable(int index, Path scenario, Path dataDir, InfluxSettings influx) throws IOException {
        this.name = String.format(Locale.ROOT, "clinic-%03d", index);
        this.source = SimulatorSource.open(scenario.toString(), 1000L + index, true, Clock.SYSTEM);
        TableConfig scenarioTable = source.table();
        TableConfig table = new TableConfig(name, scenarioTable.lengthCm(), scenarioTable.widthCm(),
                scenarioTable.sampleRateHz(), scenarioTable.cells());
        this.recording = Recorders.open(dataDir, influx);
        this.pipeline = new AcquisitionPipeline(source, table, source.client(), source.practitioner(), recording,
                Clock.SYSTEM, LiveListener.NONE);
    }

    String name() {
        return name;
    }

    String sessionId() {
        return sessionId;
    }

    /** Starts acquisition and a session (recording) on it. */
    void start() throws Exception {
        pipeline.start();
        sessionId = pipeline.startSession(source.client(), source.practitioner()).get(30, TimeUnit.SECONDS).sessionId();
    }

    /** Ends the session (its END record follows the last frame), then stops acquisition. */
    void stopSession() throws Exception {
        pipeline.stopSession().get(60, TimeUnit.SECONDS);
        pipeline.close();
    }

    PipelineHealth health() {
        return pipeline.health();
    }

    /** Journal bytes not yet accepted by the server (journal size minus the upload cursor). */
    long pendingBytes() {
        try {
            return Math.max(0, journalBytes() - UploadCursor.read(recording.store().dir(), sessionId));
        } catch (IOException e) {
            return -1;
        }
    }

    long journalBytes() throws IOException {
        Path journal = JournalFiles.journal(recording.store().dir(), sessionId);
        return Files.exists(journal) ? Files.size(journal) : 0;
    }

    long pointsWritten() {
        return recording.uploadStatus().pointsWritten();
    }

    String uploadError() {
        return recording.uploadStatus().lastError();
    }

    /** The journal's own account of the session (frames recorded, frames lost, ended). */
    SessionSummary summary() throws IOException {
        return recording.store().summary(sessionId);
    }

    /** The whole session as its journal holds it (its alarms, each one point in InfluxDB, and its notes). */
    SessionData journal() throws IOException {
        return recording.store().load(sessionId);
    }

    @Override
    public void close() {
        pipeline.close();
        recording.close();
    }
}
