// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * One agentic dial destination.
 */
public class DestinationElement {
    private Map<String, Object> metadata;
    private String name;
    private String phoneNumber;

    /**
     * Data passed along with the call, as it is.
     */
    @JsonProperty("metadata")
    public Map<String, Object> getMetadata() { return metadata; }
    @JsonProperty("metadata")
    public void setMetadata(Map<String, Object> value) { this.metadata = value; }

    /**
     * The destination's name.
     */
    @JsonProperty("name")
    public String getName() { return name; }
    @JsonProperty("name")
    public void setName(String value) { this.name = value; }

    /**
     * The number or URI to dial.
     */
    @JsonProperty("phone_number")
    public String getPhoneNumber() { return phoneNumber; }
    @JsonProperty("phone_number")
    public void setPhoneNumber(String value) { this.phoneNumber = value; }
}
