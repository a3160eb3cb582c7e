package dev.ashiatsu.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ashiatsu.dashboard.fixtures.RunningDashboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken requests sent on a raw socket get a 400 naming the request (or a closed connection), never a 500. */
class RequestRobustnessTest {

    @TempDir
    static Path data;
    static RunningDashboard server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningDashboard.startIdle(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsABadRequestNotAServerError() throws Exception {
        String response = exchange("POST /api/phase HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"phase\":");

        assertBadRequestOrClosed(response, "POST /api/phase");
    }

    @Test
    void aFalseChunkedHeaderIsABadRequestNotAServerError() throws Exception {
        String response = exchange("POST /api/phase HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{\"phase\":\"AUTO\"}");

        assertBadRequestOrClosed(response, "POST /api/phase");
    }

    @Test
    void aFalseChunkedHeaderOnAConnectionLeftOpenIsABadRequestNotAServerError() throws Exception {
        String response = exchange("POST /api/phase HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{\"phase\":\"AUTO\"}\r\n\r\n",
                false);

        assertBadRequestOrClosed(response, "POST /api/phase");
    }

    @Test
    void aChunkedBodyCutShortIsABadRequestNotAServerError() throws Exception {
        String response = exchange("POST /api/clients HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n{\"id\":\"c1\"");

        assertBadRequestOrClosed(response, "POST /api/clients");
    }

    private static void assertBadRequestOrClosed(String response, String request) throws IOException {
        if (response.isEmpty()) {
            return;
        }
        String statusLine = response.substring(0, Math.max(0, response.indexOf("\r\n")));
        assertTrue(statusLine.startsWith("HTTP/1.1 400"), response);
        if (response.contains("application/json")) {
            JsonNode body = RunningDashboard.JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertTrue(body.path("error").asText().contains(request), response);
            assertEquals("body", body.path("field").asText(), response);
        }
    }

    /** Sends the bytes, half-closes, and reads everything the server answers until it closes. */
    private static String exchange(String request) throws IOException {
        return exchange(request, true);
    }

    /** Sends the bytes, half-closes if asked, and reads everything the server answers until it closes. */
    private static String exchange(String request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // a reset after (or instead of) the answer: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
