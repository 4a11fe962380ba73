// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * The key that ends input early, or "" for none.
 */
public enum FinishOnKey {
    EMPTY, FINISH_ON_KEY, PURPLE, THE_0, THE_1, THE_2, THE_3, THE_4, THE_5, THE_6, THE_7, THE_8, THE_9;

    @JsonValue
    public String toValue() {
        switch (this) {
            case EMPTY: return "*";
            case FINISH_ON_KEY: return "#";
            case PURPLE: return "";
            case THE_0: return "0";
            case THE_1: return "1";
            case THE_2: return "2";
            case THE_3: return "3";
            case THE_4: return "4";
            case THE_5: return "5";
            case THE_6: return "6";
            case THE_7: return "7";
            case THE_8: return "8";
            case THE_9: return "9";
        }
        return null;
    }

    @JsonCreator
    public static FinishOnKey forValue(String value) throws IOException {
        if (value.equals("*")) return EMPTY;
        if (value.equals("#")) return FINISH_ON_KEY;
        if (value.equals("")) return PURPLE;
        if (value.equals("0")) return THE_0;
        if (value.equals("1")) return THE_1;
        if (value.equals("2")) return THE_2;
        if (value.equals("3")) return THE_3;
        if (value.equals("4")) return THE_4;
        if (value.equals("5")) return THE_5;
        if (value.equals("6")) return THE_6;
        if (value.equals("7")) return THE_7;
        if (value.equals("8")) return THE_8;
        if (value.equals("9")) return THE_9;
        throw new IOException("Cannot deserialize FinishOnKey");
    }
}
