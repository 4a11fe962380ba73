// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;
import java.util.List;
import java.util.Map;

/**
 * Speech recognition settings for the next turn.
 *
 * Speech recognition settings.
 */
public class ASR {
    private List<CorrectionElement> corrections;
    private Map<String, Double> customBiases;
    private List<Field> fields;
    private List<String> keywords;
    private Timeout timeout;
    private VadTimeout vadTimeout;

    /**
     * Rewrites applied to the transcript.
     */
    @JsonProperty("corrections")
    public List<CorrectionElement> getCorrections() { return corrections; }
    @JsonProperty("corrections")
    public void setCorrections(List<CorrectionElement> value) { this.corrections = value; }

    /**
     * Phrases mapped to a bias weight greater than 0.
     */
    @JsonProperty("custom_biases")
    public Map<String, Double> getCustomBiases() { return customBiases; }
    @JsonProperty("custom_biases")
    public void setCustomBiases(Map<String, Double> value) { this.customBiases = value; }

    /**
     * The kinds of answer expected, which tune recognition.
     */
    @JsonProperty("fields")
    public List<Field> getFields() { return fields; }
    @JsonProperty("fields")
    public void setFields(List<Field> value) { this.fields = value; }

    /**
     * Words to boost in recognition.
     */
    @JsonProperty("keywords")
    public List<String> getKeywords() { return keywords; }
    @JsonProperty("keywords")
    public void setKeywords(List<String> value) { this.keywords = value; }

    /**
     * How long to wait for speech: more than 0 and at most 60 seconds.
     */
    @JsonProperty("timeout")
    public Timeout getTimeout() { return timeout; }
    @JsonProperty("timeout")
    public void setTimeout(Timeout value) { this.timeout = value; }

    /**
     * Legacy voice-activity timeout; still accepted.
     */
    @JsonProperty("vad_timeout")
    public VadTimeout getVadTimeout() { return vadTimeout; }
    @JsonProperty("vad_timeout")
    public void setVadTimeout(VadTimeout value) { this.vadTimeout = value; }
}
