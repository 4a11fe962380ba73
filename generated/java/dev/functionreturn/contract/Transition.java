// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Moves the conversation within a flow.
 *
 * A move within a flow: to a flow, to a step of a flow, or out of the current flow.
 */
public class Transition {
    private Boolean exitFlow;
    private String gotoFlow;
    private String gotoStep;

    /**
     * True leaves the current flow.
     */
    @JsonProperty("exit_flow")
    public Boolean getExitFlow() { return exitFlow; }
    @JsonProperty("exit_flow")
    public void setExitFlow(Boolean value) { this.exitFlow = value; }

    /**
     * The flow to move to.
     */
    @JsonProperty("goto_flow")
    public String getGotoFlow() { return gotoFlow; }
    @JsonProperty("goto_flow")
    public void setGotoFlow(String value) { this.gotoFlow = value; }

    /**
     * The step of `goto_flow` to move to; needs `goto_flow`.
     */
    @JsonProperty("goto_step")
    public String getGotoStep() { return gotoStep; }
    @JsonProperty("goto_step")
    public void setGotoStep(String value) { this.gotoStep = value; }
}
