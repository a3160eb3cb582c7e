package dev.ashiatsu.recorder;

import dev.ashiatsu.core.config.ClientProfile;
import dev.ashiatsu.core.config.PractitionerProfile;
import dev.ashiatsu.core.config.TableConfig;

/**
 * What a session is about, recorded with it so the session can be replayed years later.
 *
 * @param startedAtEpochMs wall-clock start, ms since the Unix epoch
 * @param source           the source description, e.g. {@code sim:demo}
 */
public record SessionInfo(TableConfig table, ClientProfile client, PractitionerProfile practitioner,
                          long startedAtEpochMs, String source) {
}
