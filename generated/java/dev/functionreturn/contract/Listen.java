// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * How the agent listens on the next turn.
 */
public class Listen {
    private ASR asr;
    private BargeIn bargeIn;
    private Channel channel;
    private Boolean delayedResponse;
    private Dtmf dtmf;
    private Interjection interjection;
    private Boolean listen;
    private SmartVad smartVad;

    /**
     * Speech recognition settings for the next turn.
     */
    @JsonProperty("asr")
    public ASR getASR() { return asr; }
    @JsonProperty("asr")
    public void setASR(ASR value) { this.asr = value; }

    /**
     * Whether the caller may interrupt the agent.
     */
    @JsonProperty("barge_in")
    public BargeIn getBargeIn() { return bargeIn; }
    @JsonProperty("barge_in")
    public void setBargeIn(BargeIn value) { this.bargeIn = value; }

    /**
     * The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper
     * case.
     */
    @JsonProperty("channel")
    public Channel getChannel() { return channel; }
    @JsonProperty("channel")
    public void setChannel(Channel value) { this.channel = value; }

    /**
     * Delayed response mode: the client sends an empty input to retrieve the response.
     */
    @JsonProperty("delayed_response")
    public Boolean getDelayedResponse() { return delayedResponse; }
    @JsonProperty("delayed_response")
    public void setDelayedResponse(Boolean value) { this.delayedResponse = value; }

    /**
     * Keypad (DTMF) settings for the next turn.
     */
    @JsonProperty("dtmf")
    public Dtmf getDtmf() { return dtmf; }
    @JsonProperty("dtmf")
    public void setDtmf(Dtmf value) { this.dtmf = value; }

    /**
     * Short interjections while the caller speaks.
     */
    @JsonProperty("interjection")
    public Interjection getInterjection() { return interjection; }
    @JsonProperty("interjection")
    public void setInterjection(Interjection value) { this.interjection = value; }

    /**
     * Whether to listen for input (default true).
     */
    @JsonProperty("listen")
    public Boolean getListen() { return listen; }
    @JsonProperty("listen")
    public void setListen(Boolean value) { this.listen = value; }

    /**
     * Smart voice-activity detection: extends listening while the caller is still speaking.
     */
    @JsonProperty("smart_vad")
    public SmartVad getSmartVad() { return smartVad; }
    @JsonProperty("smart_vad")
    public void setSmartVad(SmartVad value) { this.smartVad = value; }
}
