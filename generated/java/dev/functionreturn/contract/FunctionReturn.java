// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Structured instructions for the agent. Every field is optional and fields combine freely.
 */
public class FunctionReturn {
    private AgenticDial agenticDial;
    private String content;
    private Boolean endTurn;
    private Handoff handoff;
    private Boolean hangup;
    private Listen listen;
    private Transition transition;
    private String utterance;
    private UtteranceChannel utteranceChannel;
    private String variant;

    /**
     * Patches the agentic dial configuration (undocumented; accepted in the one shape seen).
     */
    @JsonProperty("agentic_dial")
    public AgenticDial getAgenticDial() { return agenticDial; }
    @JsonProperty("agentic_dial")
    public void setAgenticDial(AgenticDial value) { this.agenticDial = value; }

    /**
     * The system prompt for the next LLM turn; the same as returning a plain string. With
     * `utterance`, it applies to the next turn.
     */
    @JsonProperty("content")
    public String getContent() { return content; }
    @JsonProperty("content")
    public void setContent(String value) { this.content = value; }

    /**
     * Whether the turn ends after the utterance (default true). False: say the utterance, then
     * let the LLM go on in the same turn.
     */
    @JsonProperty("end_turn")
    public Boolean getEndTurn() { return endTurn; }
    @JsonProperty("end_turn")
    public void setEndTurn(Boolean value) { this.endTurn = value; }

    /**
     * Hands the call off after the function: `true` for the default destination, or an object
     * naming the destination and the SIP method.
     */
    @JsonProperty("handoff")
    public Handoff getHandoff() { return handoff; }
    @JsonProperty("handoff")
    public void setHandoff(Handoff value) { this.handoff = value; }

    /**
     * True ends the conversation after the function: disconnects the call on voice, closes the
     * session on web chat.
     */
    @JsonProperty("hangup")
    public Boolean getHangup() { return hangup; }
    @JsonProperty("hangup")
    public void setHangup(Boolean value) { this.hangup = value; }

    /**
     * How the agent listens on the next turn.
     */
    @JsonProperty("listen")
    public Listen getListen() { return listen; }
    @JsonProperty("listen")
    public void setListen(Listen value) { this.listen = value; }

    /**
     * Moves the conversation within a flow.
     */
    @JsonProperty("transition")
    public Transition getTransition() { return transition; }
    @JsonProperty("transition")
    public void setTransition(Transition value) { this.transition = value; }

    /**
     * The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With
     * `content`, the agent says it and ends the turn.
     */
    @JsonProperty("utterance")
    public String getUtterance() { return utterance; }
    @JsonProperty("utterance")
    public void setUtterance(String value) { this.utterance = value; }

    /**
     * How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case
     * `utterance` is required and holds only 0-9, * and #.
     */
    @JsonProperty("utterance_channel")
    public UtteranceChannel getUtteranceChannel() { return utteranceChannel; }
    @JsonProperty("utterance_channel")
    public void setUtteranceChannel(UtteranceChannel value) { this.utteranceChannel = value; }

    /**
     * Switches the conversation to the variant of this name, as configured in variant
     * management.
     */
    @JsonProperty("variant")
    public String getVariant() { return variant; }
    @JsonProperty("variant")
    public void setVariant(String value) { this.variant = value; }
}
