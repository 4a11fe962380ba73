// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import com.fasterxml.jackson.annotation.*;

/**
 * Smart voice-activity detection: extends listening while the caller is still speaking.
 *
 * Smart voice-activity detection.
 */
public class SmartVad {
    private Boolean isEnabled;
    private MaxExtensionDuration maxExtensionDuration;
    private Long maxExtensions;

    /**
     * Whether smart VAD is on.
     */
    @JsonProperty("is_enabled")
    public Boolean getIsEnabled() { return isEnabled; }
    @JsonProperty("is_enabled")
    public void setIsEnabled(Boolean value) { this.isEnabled = value; }

    /**
     * The longest single extension: 0.5 to 5 seconds.
     */
    @JsonProperty("max_extension_duration")
    public MaxExtensionDuration getMaxExtensionDuration() { return maxExtensionDuration; }
    @JsonProperty("max_extension_duration")
    public void setMaxExtensionDuration(MaxExtensionDuration value) { this.maxExtensionDuration = value; }

    /**
     * How many times listening may be extended: 1 to 20.
     */
    @JsonProperty("max_extensions")
    public Long getMaxExtensions() { return maxExtensions; }
    @JsonProperty("max_extensions")
    public void setMaxExtensions(Long value) { this.maxExtensions = value; }
}
