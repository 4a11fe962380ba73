// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.Map;

/**
 * A handoff to a configured destination. At most one SIP method among `refer`, `invite`,
 * `bye` and `text_chat`.
 */
public class HandoffClass {
    private Bye bye;
    private Invite invite;
    private String reason;
    private Refer refer;
    private Map<String, Map<String, Object>> textChat;
    private String type;
    private String utterance;

    /**
     * SIP BYE: hangs up, passing headers to the carrier.
     */
    @JsonProperty("bye")
    public Bye getBye() { return bye; }
    @JsonProperty("bye")
    public void setBye(Bye value) { this.bye = value; }

    /**
     * SIP INVITE: the agent dials out to the destination.
     */
    @JsonProperty("invite")
    public Invite getInvite() { return invite; }
    @JsonProperty("invite")
    public void setInvite(Invite value) { this.invite = value; }

    /**
     * The handoff reason as configured, for example `SPEAK_TO`.
     */
    @JsonProperty("reason")
    public String getReason() { return reason; }
    @JsonProperty("reason")
    public void setReason(String value) { this.reason = value; }

    /**
     * SIP REFER: transfers the call and drops the agent from it.
     */
    @JsonProperty("refer")
    public Refer getRefer() { return refer; }
    @JsonProperty("refer")
    public void setRefer(Refer value) { this.refer = value; }

    /**
     * Hands a web chat to a live-agent provider.
     */
    @JsonProperty("text_chat")
    public Map<String, Map<String, Object>> getTextChat() { return textChat; }
    @JsonProperty("text_chat")
    public void setTextChat(Map<String, Map<String, Object>> value) { this.textChat = value; }

    /**
     * The handoff destination as configured, for example `CALL_CENTER`.
     */
    @JsonProperty("type")
    public String getType() { return type; }
    @JsonProperty("type")
    public void setType(String value) { this.type = value; }

    /**
     * A phrase said before the handoff.
     */
    @JsonProperty("utterance")
    public String getUtterance() { return utterance; }
    @JsonProperty("utterance")
    public void setUtterance(String value) { this.utterance = value; }
}
