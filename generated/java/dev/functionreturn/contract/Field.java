// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

public enum Field {
    ADDRESS, ALPHANUM, CUSTOM, DATETIME, DEFAULT, NUMERIC, SPELLING, YES_OR_NO;

    @JsonValue
    public String toValue() {
        switch (this) {
            case ADDRESS: return "ADDRESS";
            case ALPHANUM: return "ALPHANUM";
            case CUSTOM: return "CUSTOM";
            case DATETIME: return "DATETIME";
            case DEFAULT: return "DEFAULT";
            case NUMERIC: return "NUMERIC";
            case SPELLING: return "SPELLING";
            case YES_OR_NO: return "YES_OR_NO";
        }
        return null;
    }

    @JsonCreator
    public static Field forValue(String value) throws IOException {
        if (value.equals("ADDRESS")) return ADDRESS;
        if (value.equals("ALPHANUM")) return ALPHANUM;
        if (value.equals("CUSTOM")) return CUSTOM;
        if (value.equals("DATETIME")) return DATETIME;
        if (value.equals("DEFAULT")) return DEFAULT;
        if (value.equals("NUMERIC")) return NUMERIC;
        if (value.equals("SPELLING")) return SPELLING;
        if (value.equals("YES_OR_NO")) return YES_OR_NO;
        throw new IOException("Cannot deserialize Field");
    }
}
