package dev.ashiatsu.recorder.influx;

/** Sends points to a time-series server; a failure throws and nothing is assumed written. */
public interface PointWriter extends AutoCloseable {

    /**
     * Writes one request's points.
     *
     * @param lineProtocol the points in InfluxDB line protocol, one a line, timestamps in ns
     */
    void write(String lineProtocol) throws Exception;

    @Override
    void close();
}
