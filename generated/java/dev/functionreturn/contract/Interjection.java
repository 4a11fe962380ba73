// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Short interjections while the caller speaks.
 *
 * Interjections while the caller speaks. Note `enable`, not `is_enabled`.
 */
public class Interjection {
    private Boolean enable;
    private VadTimeout frequency;

    /**
     * Whether interjections are on.
     */
    @JsonProperty("enable")
    public Boolean getEnable() { return enable; }
    @JsonProperty("enable")
    public void setEnable(Boolean value) { this.enable = value; }

    /**
     * How often to interject.
     */
    @JsonProperty("frequency")
    public VadTimeout getFrequency() { return frequency; }
    @JsonProperty("frequency")
    public void setFrequency(VadTimeout value) { this.frequency = value; }
}
