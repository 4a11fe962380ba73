// Every example on the platform's page of return values, in its order, as a typed value.
// `tsc --strict` must accept each of them against the generated types (tests/clients/test_typescript.py),
// both the return types from the schema and the body of the endpoint's response.
import type { FunctionReturn, FunctionReturnValue } from "../../generated/ts/function-return.js";
import type { components } from "../../generated/ts/openapi.js";

type Body = components["schemas"]["ExecuteResponse"]["body"];

// String return: the system prompt.
const prompt: FunctionReturnValue = "Tell the user that you cannot assist with their request";

// content
const content: FunctionReturn = {
  content: "Tell the user that you cannot assist with their request",
};

// utterance
const utterance: FunctionReturn = {
  utterance: "I cannot assist with your request.",
};

// handoff: SIP REFER, transfer the call and drop the agent.
const handoff: FunctionReturn = {
  handoff: {
    type: "CALL_CENTER",
    reason: "SPEAK_TO",
    refer: {
      phone_number: "12345",
    },
  },
};

// hangup
const hangup: FunctionReturn = {
  hangup: true,
};

// listen with an ASR timeout
const listen: FunctionReturn = {
  utterance: "Can I help you with anything else?",
  listen: {
    asr: {
      timeout: 20,
    },
  },
};

// listen with DTMF
const dtmf: FunctionReturn = {
  utterance: "Please enter your 6-digit code followed by the hash key.",
  listen: {
    channel: "SPEECH_AND_DTMF",
    dtmf: {
      num_digits: 6,
      finish_on_key: "#",
      first_digit_timeout: 5,
      inter_digit_timeout: 2,
      is_pii: true,
    },
  },
};

// variant
const variant: FunctionReturn = {
  variant: "orleans",
};

// variant with an utterance
const variantSaid: FunctionReturn = {
  utterance: "Let me connect you with the Orleans location.",
  variant: "orleans",
};

// utterance + handoff
const transfer: FunctionReturn = {
  utterance: "Let me transfer you to a specialist who can help with that.",
  handoff: {
    type: "CALL_CENTER",
    reason: "SPEAK_TO",
    refer: { phone_number: "12345" },
  },
};

// utterance + hangup
const goodbye: FunctionReturn = {
  utterance: "Thanks for calling, have a great day!",
  hangup: true,
};

// utterance + content
const updated: FunctionReturn = {
  utterance: "I've updated your reservation.",
  content: "The reservation has been changed. Ask if there's anything else you can help with.",
};

export const examples: FunctionReturnValue[] = [
  prompt,
  content,
  utterance,
  handoff,
  hangup,
  listen,
  dtmf,
  variant,
  variantSaid,
  transfer,
  goodbye,
  updated,
];

// The endpoint's types describe the same values: each is a valid `body` of a response.
export const bodies: Body[] = examples;
