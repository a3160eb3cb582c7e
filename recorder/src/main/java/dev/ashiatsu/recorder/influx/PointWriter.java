package dev.ashiatsu.recorder.influx;

import com.influxdb.client.write.Point;
import java.util.List;

/** Sends points to a time-series server; a failure throws and nothing is assumed written. */
public interface PointWriter extends AutoCloseable {

    void write(List<Point> points) throws Exception;

    @Override
    void close();
}
