package dev.ashiatsu.recorder.influx;

import com.influxdb.client.write.Point;

/**
 * Points on their way to one write request, as line protocol text (one line a point, timestamps in ns).
 * Frame points are written into it directly ({@link FrameLines}); the few others (alarms, notes, sessions)
 * as influxdb-client-java makes them ({@link #add(Point)}).
 */
final class LineBatch {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private int points;

    /** Starts a new line (a new point) and returns the text to write it into. */
    StringBuilder newLine() {
        if (points > 0) {
            text.append('\n');
        }
        points++;
        return text;
    }

    /** A point as influxdb-client-java writes it; a point without fields is not written (as the client does). */
    void add(Point point) {
        String line = point.toLineProtocol();
        if (line != null && !line.isEmpty()) {
            newLine().append(line);
        }
    }

    int points() {
        return points;
    }

    boolean isEmpty() {
        return points == 0;
    }

    /** The request body: the lines, separated by newlines. */
    String text() {
        return text.toString();
    }

    void clear() {
        text.setLength(0);
        points = 0;
    }
}
