// Code generated from schema/function_return.schema.json by quicktype 26.0.0 (make generate). DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    functionReturnValue, err := UnmarshalFunctionReturnValue(bytes)
//    bytes, err = functionReturnValue.Marshal()

package functionreturn

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalFunctionReturnValue(data []byte) (FunctionReturnValue, error) {
	var r FunctionReturnValue
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *FunctionReturnValue) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// Structured instructions for the agent. Every field is optional and fields combine freely.
type FunctionReturn struct {
	// Patches the agentic dial configuration (undocumented; accepted in the one shape seen).                    
	AgenticDial                                                                                *AgenticDial      `json:"agentic_dial,omitempty"`
	// The system prompt for the next LLM turn; the same as returning a plain string. With                       
	// `utterance`, it applies to the next turn.                                                                 
	Content                                                                                    *string           `json:"content,omitempty"`
	// Whether the turn ends after the utterance (default true). False: say the utterance, then                  
	// let the LLM go on in the same turn.                                                                       
	EndTurn                                                                                    *bool             `json:"end_turn,omitempty"`
	// Hands the call off after the function: `true` for the default destination, or an object                   
	// naming the destination and the SIP method.                                                                
	Handoff                                                                                    *Handoff          `json:"handoff"`
	// True ends the conversation after the function: disconnects the call on voice, closes the                  
	// session on web chat.                                                                                      
	Hangup                                                                                     *bool             `json:"hangup,omitempty"`
	// How the agent listens on the next turn.                                                                   
	Listen                                                                                     *Listen           `json:"listen,omitempty"`
	// Moves the conversation within a flow.                                                                     
	Transition                                                                                 *Transition       `json:"transition,omitempty"`
	// The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With                     
	// `content`, the agent says it and ends the turn.                                                           
	Utterance                                                                                  *string           `json:"utterance,omitempty"`
	// How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case                        
	// `utterance` is required and holds only 0-9, * and #.                                                      
	UtteranceChannel                                                                           *UtteranceChannel `json:"utterance_channel,omitempty"`
	// Switches the conversation to the variant of this name, as configured in variant                           
	// management.                                                                                               
	Variant                                                                                    *string           `json:"variant,omitempty"`
}

// Patches the agentic dial configuration (undocumented; accepted in the one shape seen).
//
// Agentic dial settings (undocumented by the platform).
type AgenticDial struct {
	// Changes to the agentic dial configuration.             
	ConfigPatch                                  *ConfigPatch `json:"config_patch,omitempty"`
}

// Changes to the agentic dial configuration.
type ConfigPatch struct {
	// Where the agent may dial.                     
	Destinations                []DestinationElement `json:"destinations"`
}

// One agentic dial destination.
type DestinationElement struct {
	// Data passed along with the call, as it is.                       
	Metadata                                     map[string]interface{} `json:"metadata"`
	// The destination's name.                                          
	Name                                         *string                `json:"name,omitempty"`
	// The number or URI to dial.                                       
	PhoneNumber                                  string                 `json:"phone_number"`
}

// A handoff to a configured destination. At most one SIP method among `refer`, `invite`,
// `bye` and `text_chat`.
type HandoffClass struct {
	// SIP BYE: hangs up, passing headers to the carrier.                                                 
	Bye                                                                 *Bye                              `json:"bye,omitempty"`
	// SIP INVITE: the agent dials out to the destination.                                                
	Invite                                                              *Invite                           `json:"invite,omitempty"`
	// The handoff reason as configured, for example `SPEAK_TO`.                                          
	Reason                                                              *string                           `json:"reason,omitempty"`
	// SIP REFER: transfers the call and drops the agent from it.                                         
	Refer                                                               *Refer                            `json:"refer,omitempty"`
	// Hands a web chat to a live-agent provider.                                                         
	TextChat                                                            map[string]map[string]interface{} `json:"text_chat"`
	// The handoff destination as configured, for example `CALL_CENTER`.                                  
	Type                                                                *string                           `json:"type,omitempty"`
	// A phrase said before the handoff.                                                                  
	Utterance                                                           *string                           `json:"utterance,omitempty"`
}

// SIP BYE: hangs up, passing headers to the carrier.
//
// SIP BYE: hang up, passing headers to the carrier.
type Bye struct {
	// SIP headers sent with the BYE.                  
	SIPHeaders                       map[string]string `json:"sip_headers"`
}

// SIP INVITE: the agent dials out to the destination.
//
// SIP INVITE: the agent dials `phone_number`.
type Invite struct {
	// The caller id presented on the outbound leg.                                   
	OutboundCallerID                                                *string           `json:"outbound_caller_id,omitempty"`
	// The name of the configured outbound endpoint to dial through.                  
	OutboundEndpoint                                                *string           `json:"outbound_endpoint,omitempty"`
	// The number or URI dialled.                                                     
	PhoneNumber                                                     string            `json:"phone_number"`
	// SIP headers sent with the INVITE.                                              
	SIPHeaders                                                      map[string]string `json:"sip_headers"`
}

// SIP REFER: transfers the call and drops the agent from it.
//
// SIP REFER: transfer the call to `phone_number` and drop the agent.
type Refer struct {
	// Where the call is transferred.                    
	PhoneNumber                        string            `json:"phone_number"`
	// SIP headers sent with the REFER.                  
	SIPHeaders                         map[string]string `json:"sip_headers"`
}

// How the agent listens on the next turn.
type Listen struct {
	// Speech recognition settings for the next turn.                                                        
	ASR                                                                                        *ASR          `json:"asr,omitempty"`
	// Whether the caller may interrupt the agent.                                                           
	BargeIn                                                                                    *BargeIn      `json:"barge_in,omitempty"`
	// The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper              
	// case.                                                                                                 
	Channel                                                                                    *Channel      `json:"channel,omitempty"`
	// Delayed response mode: the client sends an empty input to retrieve the response.                      
	DelayedResponse                                                                            *bool         `json:"delayed_response,omitempty"`
	// Keypad (DTMF) settings for the next turn.                                                             
	Dtmf                                                                                       *Dtmf         `json:"dtmf,omitempty"`
	// Short interjections while the caller speaks.                                                          
	Interjection                                                                               *Interjection `json:"interjection,omitempty"`
	// Whether to listen for input (default true).                                                           
	Listen                                                                                     *bool         `json:"listen,omitempty"`
	// Smart voice-activity detection: extends listening while the caller is still speaking.                 
	SmartVad                                                                                   *SmartVad     `json:"smart_vad,omitempty"`
}

// Speech recognition settings for the next turn.
//
// Speech recognition settings.
type ASR struct {
	// Rewrites applied to the transcript.                                                 
	Corrections                                                        []CorrectionElement `json:"corrections"`
	// Phrases mapped to a bias weight greater than 0.                                     
	CustomBiases                                                       map[string]float64  `json:"custom_biases"`
	// The kinds of answer expected, which tune recognition.                               
	Fields                                                             []Field             `json:"fields"`
	// Words to boost in recognition.                                                      
	Keywords                                                           []string            `json:"keywords"`
	// How long to wait for speech: more than 0 and at most 60 seconds.                    
	Timeout                                                            *Timeout            `json:"timeout"`
	// Legacy voice-activity timeout; still accepted.                                      
	VadTimeout                                                         *VadTimeout         `json:"vad_timeout"`
}

// One rewrite of the transcript.
type CorrectionElement struct {
	// What to match in the transcript.                                                            
	RegularExpression                                                             string           `json:"regular_expression"`
	// What to put in its place.                                                                   
	Replacement                                                                   string           `json:"replacement"`
	// Whether the whole transcript, the matched part, or a substring is replaced.                 
	ReplacementType                                                               *ReplacementType `json:"replacement_type,omitempty"`
}

// Whether the caller may interrupt the agent.
//
// Barge-in: whether the caller may interrupt the agent.
type BargeIn struct {
	// How long the caller must speak to interrupt.            
	InterruptionWindow                             *VadTimeout `json:"interruption_window"`
	// Whether barge-in is on.                                 
	IsEnabled                                      *bool       `json:"is_enabled,omitempty"`
}

// Keypad (DTMF) settings for the next turn.
//
// Keypad (DTMF) settings.
type Dtmf struct {
	// Whether keys pressed while the agent is still speaking count.                    
	EarlyListening                                                     *bool            `json:"early_listening,omitempty"`
	// The key that ends input early, or "" for none.                                   
	FinishOnKey                                                        *FinishOnKeyEnum `json:"finish_on_key,omitempty"`
	// How long to wait for the first key (platform default 5 seconds).                 
	FirstDigitTimeout                                                  *VadTimeout      `json:"first_digit_timeout"`
	// How long to wait between keys (platform default 2 seconds).                      
	InterDigitTimeout                                                  *VadTimeout      `json:"inter_digit_timeout"`
	// Whether the digits are personal data, redacted from logs.                        
	IsPii                                                              *bool            `json:"is_pii,omitempty"`
	// How many digits to collect: 1 to 32, or -1 for no limit.                         
	NumDigits                                                          *int64           `json:"num_digits,omitempty"`
}

// Short interjections while the caller speaks.
//
// Interjections while the caller speaks. Note `enable`, not `is_enabled`.
type Interjection struct {
	// Whether interjections are on.            
	Enable                          *bool       `json:"enable,omitempty"`
	// How often to interject.                  
	Frequency                       *VadTimeout `json:"frequency"`
}

// Smart voice-activity detection: extends listening while the caller is still speaking.
//
// Smart voice-activity detection.
type SmartVad struct {
	// Whether smart VAD is on.                                                
	IsEnabled                                            *bool                 `json:"is_enabled,omitempty"`
	// The longest single extension: 0.5 to 5 seconds.                         
	MaxExtensionDuration                                 *MaxExtensionDuration `json:"max_extension_duration"`
	// How many times listening may be extended: 1 to 20.                      
	MaxExtensions                                        *int64                `json:"max_extensions,omitempty"`
}

// Moves the conversation within a flow.
//
// A move within a flow: to a flow, to a step of a flow, or out of the current flow.
type Transition struct {
	// True leaves the current flow.                                 
	ExitFlow                                                 *bool   `json:"exit_flow,omitempty"`
	// The flow to move to.                                          
	GotoFlow                                                 *string `json:"goto_flow,omitempty"`
	// The step of `goto_flow` to move to; needs `goto_flow`.        
	GotoStep                                                 *string `json:"goto_step,omitempty"`
}

// Whether the whole transcript, the matched part, or a substring is replaced.
type ReplacementType string

const (
	Full      ReplacementType = "full"
	Partial   ReplacementType = "partial"
	Substring ReplacementType = "substring"
)

type Field string

const (
	Address  Field = "ADDRESS"
	Alphanum Field = "ALPHANUM"
	Custom   Field = "CUSTOM"
	Datetime Field = "DATETIME"
	Default  Field = "DEFAULT"
	Numeric  Field = "NUMERIC"
	Spelling Field = "SPELLING"
	YesOrNo  Field = "YES_OR_NO"
)

// The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper
// case.
type Channel string

const (
	ChannelDTMF   Channel = "DTMF"
	ChannelSPEECH Channel = "SPEECH"
	SpeechAndDtmf Channel = "SPEECH_AND_DTMF"
)

// The key that ends input early, or "" for none.
type FinishOnKeyEnum string

const (
	Empty       FinishOnKeyEnum = "*"
	FinishOnKey FinishOnKeyEnum = "#"
	Purple      FinishOnKeyEnum = ""
	The0        FinishOnKeyEnum = "0"
	The1        FinishOnKeyEnum = "1"
	The2        FinishOnKeyEnum = "2"
	The3        FinishOnKeyEnum = "3"
	The4        FinishOnKeyEnum = "4"
	The5        FinishOnKeyEnum = "5"
	The6        FinishOnKeyEnum = "6"
	The7        FinishOnKeyEnum = "7"
	The8        FinishOnKeyEnum = "8"
	The9        FinishOnKeyEnum = "9"
)

// How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case
// `utterance` is required and holds only 0-9, * and #.
type UtteranceChannel string

const (
	UtteranceChannelDTMF   UtteranceChannel = "DTMF"
	UtteranceChannelSPEECH UtteranceChannel = "SPEECH"
)

// What an agent function may return: a string (the system prompt for the next LLM turn),
// null (no instruction), or an object of instructions. Contract version 1.1.0.
type FunctionReturnValue struct {
	FunctionReturn *FunctionReturn
	String         *string
}

func (x *FunctionReturnValue) UnmarshalJSON(data []byte) error {
	x.FunctionReturn = nil
	var c FunctionReturn
	object, err := unmarshalUnion(data, nil, nil, nil, &x.String, false, nil, true, &c, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
		x.FunctionReturn = &c
	}
	return nil
}

func (x *FunctionReturnValue) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, nil, nil, x.String, false, nil, x.FunctionReturn != nil, x.FunctionReturn, false, nil, false, nil, true)
}

// Hands the call off after the function: `true` for the default destination, or an object
// naming the destination and the SIP method.
type Handoff struct {
	Bool         *bool
	HandoffClass *HandoffClass
}

func (x *Handoff) UnmarshalJSON(data []byte) error {
	x.HandoffClass = nil
	var c HandoffClass
	object, err := unmarshalUnion(data, nil, nil, &x.Bool, nil, false, nil, true, &c, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
		x.HandoffClass = &c
	}
	return nil
}

func (x *Handoff) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, nil, x.Bool, nil, false, nil, x.HandoffClass != nil, x.HandoffClass, false, nil, false, nil, false)
}

// How long to wait for speech: more than 0 and at most 60 seconds.
//
// A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s".
type Timeout struct {
	Double *float64
	String *string
}

func (x *Timeout) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, nil, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Timeout) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

// Legacy voice-activity timeout; still accepted.
//
// A non-negative number of seconds, or a duration string such as "1.5s".
//
// How long the caller must speak to interrupt.
//
// How long to wait for the first key (platform default 5 seconds).
//
// How long to wait between keys (platform default 2 seconds).
//
// How often to interject.
type VadTimeout struct {
	Double *float64
	String *string
}

func (x *VadTimeout) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, nil, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *VadTimeout) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

// The longest single extension: 0.5 to 5 seconds.
//
// A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s".
type MaxExtensionDuration struct {
	Double *float64
	String *string
}

func (x *MaxExtensionDuration) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, nil, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, false)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *MaxExtensionDuration) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, false)
}

func unmarshalUnion(data []byte, pi **int64, pf **float64, pb **bool, ps **string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) (bool, error) {
	if pi != nil {
			*pi = nil
	}
	if pf != nil {
			*pf = nil
	}
	if pb != nil {
			*pb = nil
	}
	if ps != nil {
			*ps = nil
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
			return false, err
	}

	switch v := tok.(type) {
	case json.Number:
			if pi != nil {
					i, err := v.Int64()
					if err == nil {
							*pi = &i
							return false, nil
					}
			}
			if pf != nil {
					f, err := v.Float64()
					if err == nil {
							*pf = &f
							return false, nil
					}
					return false, errors.New("Unparsable number")
			}
			return false, errors.New("Union does not contain number")
	case float64:
			return false, errors.New("Decoder should not return float64")
	case bool:
			if pb != nil {
					*pb = &v
					return false, nil
			}
			return false, errors.New("Union does not contain bool")
	case string:
			if haveEnum {
					return false, json.Unmarshal(data, pe)
			}
			if ps != nil {
					*ps = &v
					return false, nil
			}
			return false, errors.New("Union does not contain string")
	case nil:
			if nullable {
					return false, nil
			}
			return false, errors.New("Union does not contain null")
	case json.Delim:
			if v == '{' {
					if haveObject {
							return true, json.Unmarshal(data, pc)
					}
					if haveMap {
							return false, json.Unmarshal(data, pm)
					}
					return false, errors.New("Union does not contain object")
			}
			if v == '[' {
					if haveArray {
							return false, json.Unmarshal(data, pa)
					}
					return false, errors.New("Union does not contain array")
			}
			return false, errors.New("Cannot handle delimiter")
	}
	return false, errors.New("Cannot unmarshal union")
}

func marshalUnion(pi *int64, pf *float64, pb *bool, ps *string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) ([]byte, error) {
	if pi != nil {
			return json.Marshal(*pi)
	}
	if pf != nil {
			return json.Marshal(*pf)
	}
	if pb != nil {
			return json.Marshal(*pb)
	}
	if ps != nil {
			return json.Marshal(*ps)
	}
	if haveArray {
			return json.Marshal(pa)
	}
	if haveObject {
			return json.Marshal(pc)
	}
	if haveMap {
			return json.Marshal(pm)
	}
	if haveEnum {
			return json.Marshal(pe)
	}
	if nullable {
			return json.Marshal(nil)
	}
	return nil, errors.New("Union must not be null")
}
