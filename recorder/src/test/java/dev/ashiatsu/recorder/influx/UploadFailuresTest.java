package dev.ashiatsu.recorder.influx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.influxdb.exceptions.InfluxException;
import dev.ashiatsu.recorder.journal.CorruptJournalException;
import dev.ashiatsu.recorder.journal.JournalJson;
import dev.ashiatsu.recorder.journal.Note;
import java.io.IOException;
import java.net.ConnectException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class UploadFailuresTest {

    @Test
    void aClientErrorOfTheServerIsPermanent() {
        assertTrue(UploadFailures.isPermanent(httpError(400)));
        assertTrue(UploadFailures.isPermanent(httpError(422)));
        assertTrue(UploadFailures.isPermanent(new RuntimeException("wrapped", httpError(400))));
    }

    @Test
    void overloadTimeoutsServerErrorsAndNetworkFaultsPass() {
        for (int status : new int[] {408, 429, 500, 503}) {
            assertFalse(UploadFailures.isPermanent(httpError(status)), "HTTP " + status);
        }
        assertFalse(UploadFailures.isPermanent(new InfluxException(new ConnectException("Connection refused"))));
        assertFalse(UploadFailures.isPermanent(new IOException("No space left on device")));
    }

    @Test
    void aRecordThatCannotBeDecodedIsPermanent() {
        assertTrue(UploadFailures.isPermanent(new CorruptJournalException("FRAMES block: 3 channels, table has 4")));
        Exception badJson = org.junit.jupiter.api.Assertions.assertThrows(JsonParseException.class,
                () -> JournalJson.MAPPER.readValue("{not json", Note.class));
        assertTrue(UploadFailures.isPermanent(badJson));
    }

    private static InfluxException httpError(int status) {
        ResponseBody body = ResponseBody.create("{\"code\":\"invalid\",\"message\":\"refused\"}", MediaType.get("application/json"));
        return new InfluxException(Response.error(status, body));
    }

    @Test
    void aWrongTokenOrAMissingBucketKeepsBackingOffInsteadOfGivingUpOnEverySession() {
        for (int status : new int[] {401, 403, 404}) {
            assertFalse(UploadFailures.isPermanent(httpError(status)), "HTTP " + status);
        }
    }
}
