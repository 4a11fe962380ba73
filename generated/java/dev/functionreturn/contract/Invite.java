// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * SIP INVITE: the agent dials out to the destination.
 *
 * SIP INVITE: the agent dials `phone_number`.
 */
public class Invite {
    private String outboundCallerID;
    private String outboundEndpoint;
    private String phoneNumber;
    private Map<String, String> sipHeaders;

    /**
     * The caller id presented on the outbound leg.
     */
    @JsonProperty("outbound_caller_id")
    public String getOutboundCallerID() { return outboundCallerID; }
    @JsonProperty("outbound_caller_id")
    public void setOutboundCallerID(String value) { this.outboundCallerID = value; }

    /**
     * The name of the configured outbound endpoint to dial through.
     */
    @JsonProperty("outbound_endpoint")
    public String getOutboundEndpoint() { return outboundEndpoint; }
    @JsonProperty("outbound_endpoint")
    public void setOutboundEndpoint(String value) { this.outboundEndpoint = value; }

    /**
     * The number or URI dialled.
     */
    @JsonProperty("phone_number")
    public String getPhoneNumber() { return phoneNumber; }
    @JsonProperty("phone_number")
    public void setPhoneNumber(String value) { this.phoneNumber = value; }

    /**
     * SIP headers sent with the INVITE.
     */
    @JsonProperty("sip_headers")
    public Map<String, String> getSIPHeaders() { return sipHeaders; }
    @JsonProperty("sip_headers")
    public void setSIPHeaders(Map<String, String> value) { this.sipHeaders = value; }
}
