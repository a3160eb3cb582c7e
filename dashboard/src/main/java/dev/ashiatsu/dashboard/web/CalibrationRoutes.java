package dev.ashiatsu.dashboard.web;

import dev.ashiatsu.core.config.CellConfig;
import dev.ashiatsu.core.config.TableConfig;
import dev.ashiatsu.dashboard.calibration.CalibrationWizard;
import dev.ashiatsu.dashboard.calibration.Reading;
import dev.ashiatsu.dashboard.live.AcquisitionPipeline;
import dev.ashiatsu.dashboard.store.DataDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration wizard's API, one cell at a time:
 * {@code GET /api/calibration} (cells and their calibration),
 * {@code POST /api/calibration/{cell}/zero} (record it unloaded), {@code POST /api/calibration/{cell}/loaded}
 * with {@code {"weightKg"}} (record it with the known weight: returns the proposal),
 * {@code POST /api/calibration/{cell}/save} (write the proposal to the table config in the data directory
 * and restart the monitor with it). A refused step is 422 with the reason.
 */
public final class CalibrationRoutes implements RouteModule {

    static final int DEFAULT_SAMPLES = 80;

    private final AcquisitionPipeline pipeline;
    private final DataDirectory data;
    private final CalibrationWizard wizard = new CalibrationWizard();

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

    private void zero(Context ctx) throws Exception {
        CellConfig cell = cell(ctx);
        int samples = samples(JsonBody.of(ctx));
        Reading reading = wizard.recordZero(cell, capture(cell, samples));
        ctx.json(Map.of("cell", cell.id(), "zero", reading));
    }

    private void loaded(Context ctx) throws Exception {
        CellConfig cell = cell(ctx);
        JsonBody body = JsonBody.of(ctx);
        double weightKg = body.requireNumber("weightKg", 0.001, 1000);
        int samples = samples(body);
        CellConfig proposal = wizard.recordLoaded(cell, capture(cell, samples), weightKg);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cell", cell.id());
        result.put("previous", describe(cell));
        result.put("proposal", describe(proposal));
        ctx.json(result);
    }

    private void save(Context ctx) throws Exception {
        CellConfig cell = cell(ctx);
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
        return (int) body.number("samples", DEFAULT_SAMPLES, 10, 5000);
    }

    private Reading capture(CellConfig cell, int samples) throws Exception {
        long seconds = 5 + (long) Math.ceil(samples / pipeline.table().sampleRateHz());
        double[] raw = Pipelines.await(pipeline.captureRaw(pipeline.table().indexOf(cell.id()), samples), seconds);
        return Reading.of(raw);
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
