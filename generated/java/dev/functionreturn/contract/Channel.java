// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper
 * case.
 */
public enum Channel {
    DTMF, SPEECH, SPEECH_AND_DTMF;

    @JsonValue
    public String toValue() {
        switch (this) {
            case DTMF: return "DTMF";
            case SPEECH: return "SPEECH";
            case SPEECH_AND_DTMF: return "SPEECH_AND_DTMF";
        }
        return null;
    }

    @JsonCreator
    public static Channel forValue(String value) throws IOException {
        if (value.equals("DTMF")) return DTMF;
        if (value.equals("SPEECH")) return SPEECH;
        if (value.equals("SPEECH_AND_DTMF")) return SPEECH_AND_DTMF;
        throw new IOException("Cannot deserialize Channel");
    }
}
