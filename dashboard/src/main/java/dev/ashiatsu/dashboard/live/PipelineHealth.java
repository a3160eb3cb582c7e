package dev.ashiatsu.dashboard.live;

import dev.ashiatsu.core.source.SourceHealth;
import java.util.List;

/**
 * The acquisition pipeline's state for {@code GET /api/health}.
 *
 * @param source         the source's description
 * @param sourceHealth   the source's own report
 * @param lastFrameAgeMs ms since the last frame entered the server, or null before the first
 * @param framesIn       frames handed over by the source
 * @param framesDropped  frames lost because the acquisition thread fell behind
 * @param faults         technical faults now (source, recorder, pipeline), empty when all is well
 */
public record PipelineHealth(String source, SourceHealth sourceHealth, Double lastFrameAgeMs, long framesIn,
                             long framesDropped, List<String> faults) {
}
