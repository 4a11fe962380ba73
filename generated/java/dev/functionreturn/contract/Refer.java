// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * SIP REFER: transfers the call and drops the agent from it.
 *
 * SIP REFER: transfer the call to `phone_number` and drop the agent.
 */
public class Refer {
    private String phoneNumber;
    private Map<String, String> sipHeaders;

    /**
     * Where the call is transferred.
     */
    @JsonProperty("phone_number")
    public String getPhoneNumber() { return phoneNumber; }
    @JsonProperty("phone_number")
    public void setPhoneNumber(String value) { this.phoneNumber = value; }

    /**
     * SIP headers sent with the REFER.
     */
    @JsonProperty("sip_headers")
    public Map<String, String> getSIPHeaders() { return sipHeaders; }
    @JsonProperty("sip_headers")
    public void setSIPHeaders(Map<String, String> value) { this.sipHeaders = value; }
}
