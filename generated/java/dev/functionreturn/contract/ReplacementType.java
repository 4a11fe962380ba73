// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * Whether the whole transcript, the matched part, or a substring is replaced.
 */
public enum ReplacementType {
    FULL, PARTIAL, SUBSTRING;

    @JsonValue
    public String toValue() {
        switch (this) {
            case FULL: return "full";
            case PARTIAL: return "partial";
            case SUBSTRING: return "substring";
        }
        return null;
    }

    @JsonCreator
    public static ReplacementType forValue(String value) throws IOException {
        if (value.equals("full")) return FULL;
        if (value.equals("partial")) return PARTIAL;
        if (value.equals("substring")) return SUBSTRING;
        throw new IOException("Cannot deserialize ReplacementType");
    }
}
