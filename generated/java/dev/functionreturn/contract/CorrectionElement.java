// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * One rewrite of the transcript.
 */
public class CorrectionElement {
    private String regularExpression;
    private String replacement;
    private ReplacementType replacementType;

    /**
     * What to match in the transcript.
     */
    @JsonProperty("regular_expression")
    public String getRegularExpression() { return regularExpression; }
    @JsonProperty("regular_expression")
    public void setRegularExpression(String value) { this.regularExpression = value; }

    /**
     * What to put in its place.
     */
    @JsonProperty("replacement")
    public String getReplacement() { return replacement; }
    @JsonProperty("replacement")
    public void setReplacement(String value) { this.replacement = value; }

    /**
     * Whether the whole transcript, the matched part, or a substring is replaced.
     */
    @JsonProperty("replacement_type")
    public ReplacementType getReplacementType() { return replacementType; }
    @JsonProperty("replacement_type")
    public void setReplacementType(ReplacementType value) { this.replacementType = value; }
}
