// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Patches the agentic dial configuration (undocumented; accepted in the one shape seen).
 *
 * Agentic dial settings (undocumented by the platform).
 */
public class AgenticDial {
    private ConfigPatch configPatch;

    /**
     * Changes to the agentic dial configuration.
     */
    @JsonProperty("config_patch")
    public ConfigPatch getConfigPatch() { return configPatch; }
    @JsonProperty("config_patch")
    public void setConfigPatch(ConfigPatch value) { this.configPatch = value; }
}
