// Generated from schema/function_return.schema.json by json-schema-to-typescript 16.0.0; do not edit: run `make generate`.
/**
 * What an agent function may return: a string (the system prompt for the next LLM turn), null (no instruction), or an object of instructions. Contract version 1.1.0.
 */
export type FunctionReturnValue = string | null | FunctionReturn;

/**
 * Structured instructions for the agent. Every field is optional and fields combine freely.
 */
export interface FunctionReturn {
  /**
   * The system prompt for the next LLM turn; the same as returning a plain string. With `utterance`, it applies to the next turn.
   */
  content?: string;
  /**
   * The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With `content`, the agent says it and ends the turn.
   */
  utterance?: string;
  /**
   * How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.
   */
  utterance_channel?: "SPEECH" | "DTMF";
  /**
   * Whether the turn ends after the utterance (default true). False: say the utterance, then let the LLM go on in the same turn.
   */
  end_turn?: boolean;
  /**
   * True ends the conversation after the function: disconnects the call on voice, closes the session on web chat.
   */
  hangup?: boolean;
  /**
   * Hands the call off after the function: `true` for the default destination, or an object naming the destination and the SIP method.
   */
  handoff?: true | Handoff;
  listen?: Listen;
  /**
   * Switches the conversation to the variant of this name, as configured in variant management.
   */
  variant?: string;
  transition?: Transition;
  agentic_dial?: AgenticDial;
}
/**
 * A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.
 */
export interface Handoff {
  /**
   * The handoff destination as configured, for example `CALL_CENTER`.
   */
  type?: string;
  /**
   * The handoff reason as configured, for example `SPEAK_TO`.
   */
  reason?: string;
  /**
   * A phrase said before the handoff.
   */
  utterance?: string;
  refer?: Refer;
  invite?: Invite;
  bye?: Bye;
  text_chat?: TextChat;
}
/**
 * SIP REFER: transfers the call and drops the agent from it.
 */
export interface Refer {
  /**
   * Where the call is transferred.
   */
  phone_number: string;
  sip_headers?: SipHeaders;
}
/**
 * SIP headers sent with the REFER.
 */
export interface SipHeaders {
  [k: string]: string;
}
/**
 * SIP INVITE: the agent dials out to the destination.
 */
export interface Invite {
  /**
   * The number or URI dialled.
   */
  phone_number: string;
  /**
   * The caller id presented on the outbound leg.
   */
  outbound_caller_id?: string;
  /**
   * The name of the configured outbound endpoint to dial through.
   */
  outbound_endpoint?: string;
  sip_headers?: SipHeaders1;
}
/**
 * SIP headers sent with the INVITE.
 */
export interface SipHeaders1 {
  [k: string]: string;
}
/**
 * SIP BYE: hangs up, passing headers to the carrier.
 */
export interface Bye {
  sip_headers?: SipHeaders2;
}
/**
 * SIP headers sent with the BYE.
 */
export interface SipHeaders2 {
  [k: string]: string;
}
/**
 * Hands a web chat to a live-agent provider.
 */
export interface TextChat {
  /**
   * The provider's settings, passed through as they are.
   */
  [k: string]: {
    [k: string]: unknown;
  };
}
/**
 * How the agent listens on the next turn.
 */
export interface Listen {
  /**
   * Whether to listen for input (default true).
   */
  listen?: boolean;
  /**
   * Delayed response mode: the client sends an empty input to retrieve the response.
   */
  delayed_response?: boolean;
  /**
   * The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.
   */
  channel?: "SPEECH" | "DTMF" | "SPEECH_AND_DTMF";
  asr?: Asr;
  dtmf?: Dtmf;
  barge_in?: BargeIn;
  smart_vad?: SmartVad;
  interjection?: Interjection;
}
/**
 * Speech recognition settings for the next turn.
 */
export interface Asr {
  /**
   * How long to wait for speech: more than 0 and at most 60 seconds.
   */
  timeout?: number | string;
  /**
   * Legacy voice-activity timeout; still accepted.
   */
  vad_timeout?: number | string;
  /**
   * Words to boost in recognition.
   */
  keywords?: string[];
  /**
   * Phrases mapped to a bias weight greater than 0.
   */
  custom_biases?: {
    [k: string]: number;
  };
  /**
   * The kinds of answer expected, which tune recognition.
   */
  fields?: ("DEFAULT" | "SPELLING" | "ALPHANUM" | "NUMERIC" | "DATETIME" | "YES_OR_NO" | "CUSTOM" | "ADDRESS")[];
  /**
   * Rewrites applied to the transcript.
   */
  corrections?: AsrCorrection[];
}
/**
 * One rewrite of the transcript.
 */
export interface AsrCorrection {
  /**
   * What to match in the transcript.
   */
  regular_expression: string;
  /**
   * What to put in its place.
   */
  replacement: string;
  /**
   * Whether the whole transcript, the matched part, or a substring is replaced.
   */
  replacement_type?: "full" | "partial" | "substring";
}
/**
 * Keypad (DTMF) settings for the next turn.
 */
export interface Dtmf {
  /**
   * How many digits to collect: 1 to 32, or -1 for no limit.
   */
  num_digits?: number;
  /**
   * How long to wait for the first key (platform default 5 seconds).
   */
  first_digit_timeout?: number | string;
  /**
   * How long to wait between keys (platform default 2 seconds).
   */
  inter_digit_timeout?: number | string;
  /**
   * The key that ends input early, or "" for none.
   */
  finish_on_key?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "#" | "";
  /**
   * Whether keys pressed while the agent is still speaking count.
   */
  early_listening?: boolean;
  /**
   * Whether the digits are personal data, redacted from logs.
   */
  is_pii?: boolean;
}
/**
 * Whether the caller may interrupt the agent.
 */
export interface BargeIn {
  /**
   * Whether barge-in is on.
   */
  is_enabled?: boolean;
  /**
   * How long the caller must speak to interrupt.
   */
  interruption_window?: number | string;
}
/**
 * Smart voice-activity detection: extends listening while the caller is still speaking.
 */
export interface SmartVad {
  /**
   * Whether smart VAD is on.
   */
  is_enabled?: boolean;
  /**
   * How many times listening may be extended: 1 to 20.
   */
  max_extensions?: number;
  /**
   * The longest single extension: 0.5 to 5 seconds.
   */
  max_extension_duration?: number | string;
}
/**
 * Short interjections while the caller speaks.
 */
export interface Interjection {
  /**
   * Whether interjections are on.
   */
  enable?: boolean;
  /**
   * How often to interject.
   */
  frequency?: number | string;
}
/**
 * Moves the conversation within a flow.
 */
export interface Transition {
  /**
   * The flow to move to.
   */
  goto_flow?: string;
  /**
   * The step of `goto_flow` to move to; needs `goto_flow`.
   */
  goto_step?: string;
  /**
   * True leaves the current flow.
   */
  exit_flow?: boolean;
}
/**
 * Patches the agentic dial configuration (undocumented; accepted in the one shape seen).
 */
export interface AgenticDial {
  /**
   * Changes to the agentic dial configuration.
   */
  config_patch?: {
    /**
     * Where the agent may dial.
     */
    destinations?: DialDestination[];
  };
}
/**
 * One agentic dial destination.
 */
export interface DialDestination {
  /**
   * The destination's name.
   */
  name?: string;
  /**
   * The number or URI to dial.
   */
  phone_number: string;
  /**
   * Data passed along with the call, as it is.
   */
  metadata?: {
    [k: string]: unknown;
  };
}
