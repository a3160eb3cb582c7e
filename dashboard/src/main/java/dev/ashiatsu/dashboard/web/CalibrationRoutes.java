package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.calibration.CalibrationWizard;
import dev.ashiatsu.dashboard.calibration.Reading;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.live.TareRefused;
import dev.ashiatsu.dashboard.store.DataDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The calibration wizard's API, one cell at a time:
 * {@code GET /api/calibration} (cells and their calibration),
 * {@code POST /api/calibration/{cell}/zero} (record it unloaded), {@code POST /api/calibration/{cell}/loaded}
 * with {@code {"weightKg"}} (record it with the known weight: returns the proposal),
 * {@code POST /api/calibration/{cell}/save} (write the proposal to the table config in the data directory
 * and restart the monitor with it). A refused step is 422 with the reason; an unloaded reading while the
 * table is not empty and steady is 409 (see {@link dev.ashiatsu.dashboard.live.TareRefused}).
 *
 * <p>A reading takes {@code samples} frames (at most {@value #MAX_SAMPLES}, 400 beyond): it is awaited off
 * the request threads ({@code ctx.future}), and at most {@value #MAX_CONCURRENT_READINGS} run at once
 * (429 beyond), so readings can never starve {@code /api/health} or the live stream of server threads.
 */
public final class CalibrationRoutes implements RouteModule {

    static final int DEFAULT_SAMPLES = 80;
    /** The most samples one reading may take (10 s at 80 Hz). */
    public static final int MAX_SAMPLES = 800;
    /** The most readings running at once, over every cell and client. */
    public static final int MAX_CONCURRENT_READINGS = 4;

    private final AcquisitionPipeline pipeline;
    private final DataDirectory data;
    private final CalibrationWizard wizard = new CalibrationWizard();
    private final Semaphore readings = new Semaphore(MAX_CONCURRENT_READINGS);

    public CalibrationRoutes(AcquisitionPipeline pipeline, DataDirectory data) {
        this.pipeline = pipeline;
        this.data = data;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        config.routes.get("/api/calibration", this::list);
        config.routes.post("/api/calibration/{cell}/zero", this::zero);
        config.routes.post("/api/calibration/{cell}/loaded", this::loaded);
        config.routes.post("/api/calibration/{cell}/save", this::save);
    }

    private void list(Context ctx) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (CellConfig cell : pipeline.table().cells()) {
            Map<String, Object> c = describe(cell);
            c.put("proposal", wizard.proposal(cell.id()).map(CalibrationRoutes::describe).orElse(null));
            cells.add(c);
        }
        ctx.json(Map.of("table", pipeline.table().name(), "tableFile", data.tableFile().toString(), "cells", cells));
    }

    private void zero(Context ctx) {
        CellConfig cell = cell(ctx);
        int samples = samples(JsonBody.of(ctx).only("samples"));
        answer(ctx, capture(cell, samples, true), raw -> {
            Reading reading = wizard.recordZero(cell, Reading.of(raw));
            return Map.of("cell", cell.id(), "zero", reading);
        });
    }

    private void loaded(Context ctx) {
        CellConfig cell = cell(ctx);
        JsonBody body = JsonBody.of(ctx).only("weightKg", "samples");
        double weightKg = body.requireNumber("weightKg", 0.001, 1000);
        int samples = samples(body);
        answer(ctx, capture(cell, samples, false), raw -> {
            CellConfig proposal = wizard.recordLoaded(cell, Reading.of(raw), weightKg);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("cell", cell.id());
            result.put("previous", describe(cell));
            result.put("proposal", describe(proposal));
            return result;
        });
    }

    /** Answers when the reading is in, off the request thread (the wizard's arithmetic runs on a pool thread). */
    private static void answer(Context ctx, CompletableFuture<double[]> reading, Function<double[], Object> result) {
        ctx.future(() -> Pipelines.answer(reading.thenApplyAsync(result)).thenAccept(ctx::json));
    }

    private void save(Context ctx) throws Exception {
        CellConfig cell = cell(ctx);
        TareRefused.requireNotLoadedForNewCalibration(pipeline.tareCheck());
        TableConfig table = wizard.accept(pipeline.table(), cell.id());
        data.saveTable(table);
        Pipelines.await(pipeline.replaceTable(table), 5);
        ctx.json(Map.of("cell", describe(table.cells().get(table.indexOf(cell.id()))), "savedTo", data.tableFile().toString()));
    }

    private CellConfig cell(Context ctx) {
        String id = ctx.pathParam("cell");
        int index = pipeline.table().indexOf(id);
        if (index < 0) {
            throw new NotFound("no cell '" + id + "' in table " + pipeline.table().name());
        }
        return pipeline.table().cells().get(index);
    }

    private static int samples(JsonBody body) {
        return (int) body.number("samples", DEFAULT_SAMPLES, 10, MAX_SAMPLES);
    }

    /** Starts a reading if fewer than the bound are running (else 429); the permit returns when it ends. */
    private CompletableFuture<double[]> capture(CellConfig cell, int samples, boolean unloaded) {
        if (!readings.tryAcquire()) {
            throw new TooBusy(MAX_CONCURRENT_READINGS + " calibration readings are running already: try again when "
                    + "they are done", 1 + (int) Math.ceil(MAX_SAMPLES / pipeline.table().sampleRateHz()));
        }
        try {
            return pipeline.captureRaw(pipeline.table().indexOf(cell.id()), samples, unloaded)
                    .whenComplete((raw, error) -> readings.release());
        } catch (RuntimeException e) {
            readings.release();
            throw e;
        }
    }

    private static Map<String, Object> describe(CellConfig cell) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", cell.id());
        c.put("role", cell.role().configName());
        c.put("offset", cell.offset());
        c.put("countsPerKg", cell.countsPerKg());
        return c;
    }
}
