// Planted mistakes: `tsc --strict` must reject exactly these three lines, each with its own
// error (tests/clients/test_typescript.py asserts the diagnostics). Keep the line numbers stable.
import type { FunctionReturnValue } from "../../generated/ts/function-return.js";

export const misspelt: FunctionReturnValue = { utterence: "Thanks for calling!" };

export const lowerCaseChannel: FunctionReturnValue = { listen: { channel: "speech" } };

export const hangupAsString: FunctionReturnValue = { hangup: "yes" };

// Near misses that are right, and must compile.
export const rightSpelling: FunctionReturnValue = { utterance: "Thanks for calling!" };
export const upperCaseChannel: FunctionReturnValue = { listen: { channel: "SPEECH" } };
export const hangupAsBoolean: FunctionReturnValue = { hangup: true };
