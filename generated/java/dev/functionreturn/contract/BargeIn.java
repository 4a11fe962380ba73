// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Whether the caller may interrupt the agent.
 *
 * Barge-in: whether the caller may interrupt the agent.
 */
public class BargeIn {
    private VadTimeout interruptionWindow;
    private Boolean isEnabled;

    /**
     * How long the caller must speak to interrupt.
     */
    @JsonProperty("interruption_window")
    public VadTimeout getInterruptionWindow() { return interruptionWindow; }
    @JsonProperty("interruption_window")
    public void setInterruptionWindow(VadTimeout value) { this.interruptionWindow = value; }

    /**
     * Whether barge-in is on.
     */
    @JsonProperty("is_enabled")
    public Boolean getIsEnabled() { return isEnabled; }
    @JsonProperty("is_enabled")
    public void setIsEnabled(Boolean value) { this.isEnabled = value; }
}
