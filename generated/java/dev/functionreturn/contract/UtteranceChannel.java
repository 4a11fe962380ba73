// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case
 * `utterance` is required and holds only 0-9, * and #.
 */
public enum UtteranceChannel {
    DTMF, SPEECH;

    @JsonValue
    public String toValue() {
        switch (this) {
            case DTMF: return "DTMF";
            case SPEECH: return "SPEECH";
        }
        return null;
    }

    @JsonCreator
    public static UtteranceChannel forValue(String value) throws IOException {
        if (value.equals("DTMF")) return DTMF;
        if (value.equals("SPEECH")) return SPEECH;
        throw new IOException("Cannot deserialize UtteranceChannel");
    }
}
