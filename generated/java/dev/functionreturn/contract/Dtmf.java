// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Keypad (DTMF) settings for the next turn.
 *
 * Keypad (DTMF) settings.
 */
public class Dtmf {
    private Boolean earlyListening;
    private FinishOnKey finishOnKey;
    private VadTimeout firstDigitTimeout;
    private VadTimeout interDigitTimeout;
    private Boolean isPii;
    private Long numDigits;

    /**
     * Whether keys pressed while the agent is still speaking count.
     */
    @JsonProperty("early_listening")
    public Boolean getEarlyListening() { return earlyListening; }
    @JsonProperty("early_listening")
    public void setEarlyListening(Boolean value) { this.earlyListening = value; }

    /**
     * The key that ends input early, or "" for none.
     */
    @JsonProperty("finish_on_key")
    public FinishOnKey getFinishOnKey() { return finishOnKey; }
    @JsonProperty("finish_on_key")
    public void setFinishOnKey(FinishOnKey value) { this.finishOnKey = value; }

    /**
     * How long to wait for the first key (platform default 5 seconds).
     */
    @JsonProperty("first_digit_timeout")
    public VadTimeout getFirstDigitTimeout() { return firstDigitTimeout; }
    @JsonProperty("first_digit_timeout")
    public void setFirstDigitTimeout(VadTimeout value) { this.firstDigitTimeout = value; }

    /**
     * How long to wait between keys (platform default 2 seconds).
     */
    @JsonProperty("inter_digit_timeout")
    public VadTimeout getInterDigitTimeout() { return interDigitTimeout; }
    @JsonProperty("inter_digit_timeout")
    public void setInterDigitTimeout(VadTimeout value) { this.interDigitTimeout = value; }

    /**
     * Whether the digits are personal data, redacted from logs.
     */
    @JsonProperty("is_pii")
    public Boolean getIsPii() { return isPii; }
    @JsonProperty("is_pii")
    public void setIsPii(Boolean value) { this.isPii = value; }

    /**
     * How many digits to collect: 1 to 32, or -1 for no limit.
     */
    @JsonProperty("num_digits")
    public Long getNumDigits() { return numDigits; }
    @JsonProperty("num_digits")
    public void setNumDigits(Long value) { this.numDigits = value; }
}
