// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * Changes to the agentic dial configuration.
 */
public class ConfigPatch {
    private List<DestinationElement> destinations;

    /**
     * Where the agent may dial.
     */
    @JsonProperty("destinations")
    public List<DestinationElement> getDestinations() { return destinations; }
    @JsonProperty("destinations")
    public void setDestinations(List<DestinationElement> value) { this.destinations = value; }
}
