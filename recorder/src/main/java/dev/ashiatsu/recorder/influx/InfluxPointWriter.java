package dev.ashiatsu.recorder.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import dev.ashiatsu.recorder.InfluxSettings;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** Writes line protocol through influxdb-client-java's blocking v2 write API (one HTTP request a call, precision ns). */
public final class InfluxPointWriter implements PointWriter {

    private final InfluxDBClient client;
    private final WriteApiBlocking writes;
    private final InfluxSettings settings;

    public InfluxPointWriter(InfluxSettings settings) {
        this.settings = settings;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS);
        InfluxDBClientOptions options = InfluxDBClientOptions.builder()
                .url(settings.url())
                .authenticateToken(settings.token().toCharArray())
                .org(settings.org())
                .bucket(settings.bucket())
                .okHttpClient(http)
                .build();
        this.client = InfluxDBClientFactory.create(options);
        this.writes = client.getWriteApiBlocking();
    }

    @Override
    public void write(String lineProtocol) {
        writes.writeRecord(settings.bucket(), settings.org(), WritePrecision.NS, lineProtocol);
    }

    @Override
    public void close() {
        client.close();
    }
}
