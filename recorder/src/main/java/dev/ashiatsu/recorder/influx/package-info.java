/**
 * InfluxDB: the journal is the outbox (docs/influxdb.md for the schema).
 *
 * <pre>
 *   ID.journal from ID.upload's offset --PointMapper, FrameLines--> line protocol (LineBatch)
 *       --InfluxPointWriter (batches of up to 5000 points)--> /api/v2/write
 *                                                     on success: ID.upload := end of the last record sent
 *                                                     refused (4xx, undecodable): session set aside until restart
 *   InfluxSessionArchive (a central review server, read-only), InfluxQL through /query (InfluxQlQueries),
 *   paged by time:
 *       ashiatsu_session --QlRow, PointRows--> SessionSummary list (the whole list: SessionListCache, read
 *           again in the background; a client's or practitioner's page: filters in the query); info_json --> SessionInfo
 *       ashiatsu_digest of one session (written at its end) --DigestJson--> SessionDigest (the page, the chart)
 *       ashiatsu_frame/alarm/note of one session --FrameRows, PointRows--> SessionData (as the journal gives):
 *           without a usable digest, for export; a replay reads its stretch of ashiatsu_frame only
 * </pre>
 *
 * A re-sent point has the same measurement, tags and timestamp, so it overwrites itself: nothing is lost
 * while the server is down, and nothing is doubled when it returns.
 */
package dev.ashiatsu.recorder.influx;
