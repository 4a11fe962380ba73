// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * SIP BYE: hangs up, passing headers to the carrier.
 *
 * SIP BYE: hang up, passing headers to the carrier.
 */
public class Bye {
    private Map<String, String> sipHeaders;

    /**
     * SIP headers sent with the BYE.
     */
    @JsonProperty("sip_headers")
    public Map<String, String> getSIPHeaders() { return sipHeaders; }
    @JsonProperty("sip_headers")
    public void setSIPHeaders(Map<String, String> value) { this.sipHeaders = value; }
}
