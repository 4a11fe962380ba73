// Generated from generated/openapi.bundled.json by openapi-typescript 7.13.0; do not edit: run `make generate`.

export interface paths {
    "/v1/agents/{agent_id}/branches/{branch_id}/functions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent.
                 * @example agent-1
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description The branch of the agent (its draft or a published version).
                 * @example main
                 */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        /** List the functions of an agent's branch, with their parameters. */
        get: operations["listFunctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent.
                 * @example agent-1
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description The branch of the agent (its draft or a published version).
                 * @example main
                 */
                branch_id: components["parameters"]["BranchId"];
                /**
                 * @description The function's id. In a functions folder: its file's name, without `.py`. In a project (`serve --project`): `name` for a global function (`functions/name.py`), `flows.<flow>.<name>` for a flow function (`flows/<flow>/functions/<name>.py`) and `flows.<flow>.steps.<name>` for a function step (`flows/<flow>/function_steps/<name>.py`).
                 * @example transfer_to_specialist
                 */
                function_id: components["parameters"]["FunctionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a function with arguments and return what it returned.
         * @description The arguments must fit the function's parameters: every required one present, no unknown one, each of its declared type (an integral number is accepted for an integer parameter, an integer for a number parameter). The return value is checked against the function return contract before it is sent: a function that returns an invalid value gets a 500 problem listing the JSON Pointers of the errors, never an invalid `body`.
         */
        post: operations["executeFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document, bundled into one JSON file. */
        get: operations["getOpenAPI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the service is up. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a return value against the contract; list every error with its JSON Pointer.
         * @description `value` is any JSON value: what a function returned. The answer is 200 whether the value is valid or not; `errors` lists each way it breaks the contract (empty when it is valid), ordered by location, each with the JSON Pointer of the offending part of `value`, the failing schema keyword and its schema path. With `lenient`, keys the contract does not know are accepted (lint reports them).
         */
        post: operations["validateReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the parts of a return value that will not do what they seem to.
         * @description Lint does not validate (call `/v1/validate` for that): it reads what it can of any value. Each finding has a stable code (`FR101`...), a severity, the JSON Pointer of the part concerned, what happens and how to fix it, ordered by pointer then code. With `config` (the agent's variants and handoff destinations), names the agent is not configured with are `FR109` errors.
         */
        post: operations["lintReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say what the agent will do with a return value, step by step.
         * @description For a valid value, the ordered plan of what the agent does with it (`steps`: what is said, the turn, the handoff and its SIP method, how the agent listens next, platform defaults included), each step pointing at the part of `value` it comes from, and `notes` on settings that will have no effect (the lint warnings and errors). With `effects` (what the function did before returning, as an execute response carries them), the plan tells the whole turn: each effect in order, then the return; a step or note from an effect points at `/effects/<index>`, and notes say which of two moves wins. For an invalid value or effect there is no plan: `valid` is false and `errors` lists why, as `/v1/validate` does.
         */
        post: operations["explainReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The arguments of one call, and optionally the conversation it belongs to.
         * @example {
         *       "args": {
         *         "department": "billing"
         *       }
         *     }
         * @example {
         *       "args": {
         *         "reference": "HK-1042"
         *       },
         *       "conversation": {
         *         "id": "conv-0002",
         *         "env": "sandbox",
         *         "state": {
         *           "party_size": 4
         *         }
         *       },
         *       "fixtures": {
         *         "api": {
         *           "bookings.get_booking": {
         *             "reference": "HK-1042",
         *             "party_size": 4,
         *             "time": "19:30"
         *           }
         *         }
         *       }
         *     }
         */
        ExecuteRequest: {
            /** @description The function's arguments by parameter name. */
            args: {
                [key: string]: components["schemas"]["ArgumentValue"];
            };
            conversation?: components["schemas"]["Conversation"];
            fixtures?: components["schemas"]["Fixtures"];
        };
        /** @description A function parameter is a string, an integer, a number or a boolean. */
        ArgumentValue: string | number | boolean;
        /**
         * @description The conversation the call belongs to; a function receives it as `conv` (a first parameter named so; in a project, a parameter named `conv` or annotated `Conversation`). Every field is optional; one not given reads as null (as an empty object or list for the collections). The fields after `state` are read by functions served from a project (`serve --project`).
         * @example {
         *       "id": "conv-0001",
         *       "channel": "VOICE",
         *       "caller_number": "+14155550100",
         *       "state": {}
         *     }
         * @example {
         *       "id": "conv-0002",
         *       "env": "live",
         *       "channel_type": "sip.polyai",
         *       "language": "en-GB",
         *       "variant_name": "docks",
         *       "variants": {
         *         "docks": {
         *           "site_name": "Harbour Kitchen Docks"
         *         }
         *       },
         *       "handoffs": {
         *         "manager": {},
         *         "events_team": {}
         *       },
         *       "state": {
         *         "party_size": 4
         *       }
         *     }
         */
        Conversation: {
            /** @description The conversation's id. */
            id?: string;
            /** @description The channel, for example `VOICE` or `WEBCHAT` (the 1.0 field; see `channel_type`). */
            channel?: string;
            /** @description The caller's number. */
            caller_number?: string | null;
            /** @description The number called. */
            callee_number?: string | null;
            /** @description The conversation's state (`conv.state`): a function may read and write it. */
            state?: Record<string, unknown>;
            /** @description `conv.account_id`. */
            account_id?: string;
            /** @description `conv.project_id`. */
            project_id?: string;
            /** @description `conv.env`: `sandbox`, `pre-release`, `live` (some code also checks `draft`). */
            env?: string;
            /** @description `conv.channel_type`, for example `sip.polyai`, `webchat.polyai`, `sms.twilio`. */
            channel_type?: string;
            /** @description `conv.sip_headers`: the call's SIP headers. */
            sip_headers?: {
                [key: string]: string;
            };
            /** @description `conv.language`, for example `en-GB`. */
            language?: string;
            /** @description `conv.turn_number`. */
            turn_number?: number;
            /** @description `conv.history`: the turns so far (each read by item or attribute: `turn.role`, `turn.text`). */
            history?: {
                /** @enum {string} */
                role: "user" | "agent";
                text: string;
            }[];
            /** @description `conv.transcript_alternatives`: the other readings of the last user turn. */
            transcript_alternatives?: string[];
            /** @description `conv.variant_name`: the current variant. */
            variant_name?: string | null;
            /** @description `conv.variants`: each variant's attributes, by name; `conv.variant` reads those of `variant_name`. */
            variants?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description `conv.variant`'s attributes when `variants` does not give them (`conv.variant.site_name`; a missing one reads as null). */
            variant?: Record<string, unknown>;
            /** @description `conv.current_flow` (for a flow function, its flow when not given). */
            current_flow?: string | null;
            /** @description `flow.current_step` and `conv.current_step`. */
            current_step?: string | null;
            /** @description `conv.real_time_config`. */
            real_time_config?: Record<string, unknown>;
            /** @description `conv.memory`. */
            memory?: Record<string, unknown>;
            /** @description `conv.metric_events` (each read by item or attribute: `event.name`, `event.value`). */
            metric_events?: Record<string, unknown>[];
            /** @description `conv.integration_attributes`. */
            integration_attributes?: Record<string, unknown>;
            /** @description `conv.entities`. */
            entities?: Record<string, unknown>;
            /** @description `conv.handoffs`: the configured handoff destinations, by name. When given, `conv.call_handoff` to another destination is an error (problem `unknown-handoff`). */
            handoffs?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description `conv.sms_templates`. */
            sms_templates?: Record<string, unknown>;
            /** @description `conv.generic_external_events`. */
            generic_external_events?: Record<string, unknown>[];
        };
        /**
         * @description What answers a function's calls to outside services, for a function served from a project; they take precedence over the project's `fixtures.json`. A call with no fixture is answered with the problem `missing-fixture`.
         * @example {
         *       "secrets": {
         *         "sms_sender": "+441234000000"
         *       },
         *       "prompt_llm": [
         *         "yes"
         *       ],
         *       "api": {
         *         "bookings.get_booking": {
         *           "reference": "HK-1042"
         *         }
         *       }
         *     }
         */
        Fixtures: {
            /** @description `conv.utils.get_secret(name)`: the secrets by name. */
            secrets?: {
                [key: string]: string;
            };
            /** @description `conv.utils.prompt_llm(...)`: one answer for every call, or the answers in order. */
            prompt_llm?: string | string[];
            /** @description `conv.api.<api>.<operation>(...)`: the answer (any JSON value) by `<api>.<operation>`. */
            api?: Record<string, unknown>;
        };
        /**
         * @description What the function returned, what it printed or logged, and how long it ran; and, from a server that records them, the side effects it performed on the way (`effects`, in order) and the conversation's state when it returned (`state`). The agent applies the effects first, then the return value.
         * @example {
         *       "body": {
         *         "hangup": true
         *       },
         *       "logs": [],
         *       "runtime": 0.1
         *     }
         * @example {
         *       "body": {
         *         "utterance": "Let me check that for you.",
         *         "end_turn": false
         *       },
         *       "logs": [],
         *       "runtime": 0.3,
         *       "effects": [
         *         {
         *           "type": "state",
         *           "name": "account_id",
         *           "value": "A-42"
         *         },
         *         {
         *           "type": "goto_flow",
         *           "flow": "billing"
         *         }
         *       ],
         *       "state": {
         *         "account_id": "A-42"
         *       }
         *     }
         */
        ExecuteResponse: {
            body: components["schemas"]["FunctionReturnValue"];
            /** @description Each line the function printed and each record it logged, in order. */
            logs: string[];
            /** @description How long the function ran, in milliseconds. */
            runtime: number;
            effects?: components["schemas"]["Effects"];
            state?: components["schemas"]["State"];
        };
        /**
         * @description The functions of one agent branch.
         * @example {
         *       "functions": [
         *         {
         *           "name": "end_call",
         *           "description": "Say goodbye and end the call.",
         *           "parameters": []
         *         }
         *       ]
         *     }
         */
        FunctionList: {
            functions: components["schemas"]["FunctionInfo"][];
            /** @description When serving a project: each file that could not be loaded, and why (the other files are served). */
            load_problems?: components["schemas"]["LoadProblem"][];
        };
        /**
         * @description One function and its parameters (the `conv` parameter is not listed).
         * @example {
         *       "name": "switch_variant",
         *       "description": "Switch to a location's variant.",
         *       "parameters": [
         *         {
         *           "name": "location",
         *           "type": "string",
         *           "required": true
         *         }
         *       ]
         *     }
         */
        FunctionInfo: {
            /** @description The function's id, as in the execute path. */
            name: string;
            /** @description What the function does (`@func_description`, else its docstring). */
            description: string;
            parameters: components["schemas"]["Parameter"][];
        };
        /**
         * @description One parameter of a function.
         * @example {
         *       "name": "department",
         *       "type": "string",
         *       "required": true
         *     }
         * @example {
         *       "name": "party_size",
         *       "type": "integer",
         *       "required": true,
         *       "description": "How many people the table is for."
         *     }
         */
        Parameter: {
            name: string;
            /** @enum {string} */
            type: "string" | "integer" | "number" | "boolean";
            /** @description False when the parameter has a default. */
            required: boolean;
            /** @description What the parameter means (`@func_parameter`), when the function says. */
            description?: string;
        };
        /**
         * @description A file of a project that is not served, and why.
         * @example {
         *       "path": "flows/booking/functions/pick_slot.py",
         *       "reason": "does not import: ModuleNotFoundError: No module named 'requests'"
         *     }
         */
        LoadProblem: {
            /** @description The file, relative to the project's folder. */
            path: string;
            /** @description Why it is not served (it does not import; a parameter the runtime cannot pass...). */
            reason: string;
        };
        /**
         * @example {
         *       "status": "ok",
         *       "functions": 14
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
            /** @description How many functions are served. */
            functions?: number;
        };
        /**
         * @description A return value to check, and whether to accept keys the contract does not know.
         * @example {
         *       "value": {
         *         "hangup": true
         *       }
         *     }
         */
        ValidateRequest: {
            /** @description What a function returned, as JSON (any JSON value; `null` is `None`). */
            value: unknown;
            /**
             * @description Accept keys the contract does not know (lint reports them as FR111).
             * @default false
             */
            lenient: boolean;
        };
        /**
         * @description A return value, and optionally the agent's configuration to check names against.
         * @example {
         *       "value": {
         *         "variant": "orleans"
         *       },
         *       "config": {
         *         "variants": [
         *           "orleans",
         *           "paris"
         *         ]
         *       }
         *     }
         */
        CheckRequest: {
            /** @description What a function returned, as JSON (any JSON value; `null` is `None`). */
            value: unknown;
            config?: components["schemas"]["AgentConfig"];
        };
        /**
         * @description A return value, optionally the side effects the function performed before returning it (to explain the whole turn), and optionally the agent's configuration.
         * @example {
         *       "value": {
         *         "utterance": "Let me check that for you.",
         *         "end_turn": false
         *       },
         *       "effects": [
         *         {
         *           "type": "goto_flow",
         *           "flow": "billing"
         *         }
         *       ]
         *     }
         */
        ExplainRequest: {
            /** @description What a function returned, as JSON (any JSON value; `null` is `None`). */
            value: unknown;
            /** @description The function's side effects, in order, as an execute response carries them (`effects.schema.json`). Judged with the value: an invalid effect is an error at `/effects/<index>/...`, not a problem. */
            effects?: Record<string, unknown>[];
            config?: components["schemas"]["AgentConfig"];
        };
        /**
         * @description One way a return value breaks the contract.
         * @example {
         *       "path": "/listen/channel",
         *       "schema_path": "#/$defs/Listen/properties/channel/enum",
         *       "keyword": "enum",
         *       "message": "expected one of \"SPEECH\", \"DTMF\", \"SPEECH_AND_DTMF\"; got string \"speech\"; did you mean \"SPEECH\"?"
         *     }
         */
        ReturnError: {
            /** @description JSON Pointer (RFC 6901) of the offending part of `value`; "" is the root. */
            path: string;
            /** @description JSON Pointer, as a URI fragment, of the schema keyword that failed. */
            schema_path: string;
            /** @description The failing JSON Schema keyword, or `json` for a value with no JSON form. */
            keyword: string;
            /** @description What is wrong and, where it can tell, how to fix it. */
            message: string;
        };
        /**
         * @description Whether the value follows the contract, and every error when it does not.
         * @example {
         *       "valid": true,
         *       "errors": []
         *     }
         */
        ValidateResponse: {
            valid: boolean;
            /** @description Ordered by location; empty when `valid`. At most the first 100. */
            errors: components["schemas"]["ReturnError"][];
            /** @description How many there were in all, when more than the first 100 are found (only those are listed). */
            total?: number;
        };
        /**
         * @description A part of a return that will not do what it seems to.
         * @example {
         *       "code": "FR101",
         *       "severity": "warning",
         *       "path": "/listen/asr",
         *       "message": "ASR settings take effect only together with an utterance",
         *       "hint": "add an utterance (the question the caller answers), or drop listen.asr"
         *     }
         */
        LintFinding: {
            /** @description The rule's stable code (the README lists them). */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @description JSON Pointer of the part concerned; "" is the root. */
            path: string;
            /** @description What happens, plainly. */
            message: string;
            /** @description How to fix it (or why it may be fine). */
            hint: string;
        };
        /**
         * @example {
         *       "findings": []
         *     }
         */
        LintResponse: {
            /** @description Ordered by path, then code. At most the first 100. */
            findings: components["schemas"]["LintFinding"][];
            /** @description How many there were in all, when more than the first 100 are found (only those are listed). */
            total?: number;
        };
        /**
         * @description One thing the agent does.
         * @example {
         *       "action": "hangup",
         *       "detail": "Ends the conversation: disconnects the call on voice, closes the session on web chat.",
         *       "source": "/hangup"
         *     }
         */
        ExplainStep: {
            /**
             * @description What kind of thing.
             * @enum {string}
             */
            action: "set_state" | "goto_step" | "set_language" | "set_voice" | "asr_biasing" | "send_sms" | "write_metric" | "discard_recording" | "csat_flow" | "external_event" | "attachments" | "suggestions" | "no_instruction" | "say" | "play_dtmf" | "switch_variant" | "exit_flow" | "goto_flow" | "update_dial" | "end_turn" | "continue_turn" | "prompt" | "prompt_next_turn" | "handoff" | "sip_refer" | "sip_invite" | "sip_bye" | "chat_handoff" | "sip_headers" | "hangup" | "stay_connected" | "listen" | "no_listen" | "delayed_response" | "asr" | "dtmf" | "barge_in" | "smart_vad" | "interjection";
            /** @description The step in a plain sentence. */
            detail: string;
            /** @description JSON Pointer of the part of `value` the step comes from, or under `/effects/<index>` of the effect. */
            source: string;
        };
        /**
         * @description A setting that will have no effect, or a contradiction (a lint finding).
         * @example {
         *       "code": "FR102",
         *       "severity": "warning",
         *       "source": "/listen/asr/timeout",
         *       "detail": "the ASR timeout does not apply to channel \"DTMF\" (keypad input only)",
         *       "hint": "use listen.dtmf.first_digit_timeout, or channel \"SPEECH_AND_DTMF\""
         *     }
         */
        ExplainNote: {
            /** @description A lint code (`FR1xx`), or with `effects` a turn code (`FR106`, `FR202`, `FR3xx`). */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            /** @description JSON Pointer of the setting concerned: into `value`, or under `/effects/<index>` into the effects. */
            source: string;
            /** @description What happens, plainly. */
            detail: string;
            /** @description How to fix it. */
            hint: string;
        };
        /**
         * @description The plan for a valid value (`valid` true), or why there is none (`valid` false).
         * @example {
         *       "valid": true,
         *       "steps": [
         *         {
         *           "action": "hangup",
         *           "detail": "Ends the conversation: disconnects the call on voice, closes the session on web chat.",
         *           "source": "/hangup"
         *         }
         *       ],
         *       "notes": []
         *     }
         */
        ExplainResponse: {
            /** @constant */
            valid: true;
            steps: components["schemas"]["ExplainStep"][];
            notes: components["schemas"]["ExplainNote"][];
        } | {
            /** @constant */
            valid: false;
            /** @description At most the first 100. */
            errors: components["schemas"]["ReturnError"][];
            /** @description How many there were in all, when more than the first 100 are found. */
            total?: number;
        };
        /**
         * @description An RFC 9457 problem document.
         * @example {
         *       "type": "https://function-return-contract.dev/problems/not-found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "no function \"transfer_to_specalist\"",
         *       "instance": "/v1/agents/agent-1/branches/main/functions/transfer_to_specalist/execute"
         *     }
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description What kind of problem this is.
             */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request. */
            detail: string;
            /** @description The path of the request. */
            instance?: string;
            /** @description Each error found. In a 400 or 422 `pointer` points into the request body; in a 500 for an invalid return it points into the function's return value. */
            errors?: {
                /** @description A JSON Pointer (RFC 6901); "" is the root. A segment over 64 characters is cut, ending in "…". */
                pointer: string;
                /** @description In a 500 for an invalid return: the failing JSON Schema keyword, or `json` for a part with no JSON form. */
                keyword?: string;
                /** @description What is wrong. In a 500 for an invalid return: the expected shape only, never the returned value. */
                detail: string;
            }[];
        };
        /**
         * FunctionReturnValue
         * @description What an agent function may return: a string (the system prompt for the next LLM turn), null (no instruction), or an object of instructions. Contract version 1.1.0.
         * @example Tell the user that you cannot assist with their request
         * @example {
         *       "content": "Tell the user that you cannot assist with their request"
         *     }
         * @example {
         *       "utterance": "I cannot assist with your request."
         *     }
         * @example {
         *       "handoff": {
         *         "type": "CALL_CENTER",
         *         "reason": "SPEAK_TO",
         *         "refer": {
         *           "phone_number": "12345"
         *         }
         *       }
         *     }
         * @example {
         *       "hangup": true
         *     }
         * @example {
         *       "utterance": "Can I help you with anything else?",
         *       "listen": {
         *         "asr": {
         *           "timeout": 20
         *         }
         *       }
         *     }
         * @example {
         *       "utterance": "Please enter your 6-digit code followed by the hash key.",
         *       "listen": {
         *         "channel": "SPEECH_AND_DTMF",
         *         "dtmf": {
         *           "num_digits": 6,
         *           "finish_on_key": "#",
         *           "first_digit_timeout": 5,
         *           "inter_digit_timeout": 2,
         *           "is_pii": true
         *         }
         *       }
         *     }
         * @example {
         *       "variant": "orleans"
         *     }
         * @example {
         *       "utterance": "Let me connect you with the Orleans location.",
         *       "variant": "orleans"
         *     }
         * @example {
         *       "utterance": "Let me transfer you to a specialist who can help with that.",
         *       "handoff": {
         *         "type": "CALL_CENTER",
         *         "reason": "SPEAK_TO",
         *         "refer": {
         *           "phone_number": "12345"
         *         }
         *       }
         *     }
         * @example {
         *       "utterance": "Thanks for calling, have a great day!",
         *       "hangup": true
         *     }
         * @example {
         *       "utterance": "I've updated your reservation.",
         *       "content": "The reservation has been changed. Ask if there's anything else you can help with."
         *     }
         */
        FunctionReturnValue: string | null | components["schemas"]["FunctionReturn"];
        /** @description Structured instructions for the agent. Every field is optional and fields combine freely. */
        FunctionReturn: {
            /** @description The system prompt for the next LLM turn; the same as returning a plain string. With `utterance`, it applies to the next turn. */
            content?: string;
            /** @description The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With `content`, the agent says it and ends the turn. */
            utterance?: string;
            /**
             * @description How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.
             * @enum {string}
             */
            utterance_channel?: "SPEECH" | "DTMF";
            /** @description Whether the turn ends after the utterance (default true). False: say the utterance, then let the LLM go on in the same turn. */
            end_turn?: boolean;
            /** @description True ends the conversation after the function: disconnects the call on voice, closes the session on web chat. */
            hangup?: boolean;
            /** @description Hands the call off after the function: `true` for the default destination, or an object naming the destination and the SIP method. */
            handoff?: true | components["schemas"]["Handoff"];
            /** @description How the agent listens on the next turn. */
            listen?: components["schemas"]["Listen"];
            /** @description Switches the conversation to the variant of this name, as configured in variant management. */
            variant?: string;
            /** @description Moves the conversation within a flow. */
            transition?: components["schemas"]["Transition"];
            /** @description Patches the agentic dial configuration (undocumented; accepted in the one shape seen). */
            agentic_dial?: components["schemas"]["AgenticDial"];
        };
        /** @description A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`. */
        Handoff: {
            /** @description The handoff destination as configured, for example `CALL_CENTER`. */
            type?: string;
            /** @description The handoff reason as configured, for example `SPEAK_TO`. */
            reason?: string;
            /** @description A phrase said before the handoff. */
            utterance?: string;
            /** @description SIP REFER: transfers the call and drops the agent from it. */
            refer?: components["schemas"]["Refer"];
            /** @description SIP INVITE: the agent dials out to the destination. */
            invite?: components["schemas"]["Invite"];
            /** @description SIP BYE: hangs up, passing headers to the carrier. */
            bye?: components["schemas"]["Bye"];
            /** @description Hands a web chat to a live-agent provider. */
            text_chat?: components["schemas"]["TextChat"];
        };
        /** @description SIP REFER: transfer the call to `phone_number` and drop the agent. */
        Refer: {
            /** @description Where the call is transferred. */
            phone_number: components["schemas"]["PhoneNumber"];
            /** @description SIP headers sent with the REFER. */
            sip_headers?: components["schemas"]["SipHeaders"];
        };
        /** @description SIP INVITE: the agent dials `phone_number`. */
        Invite: {
            /** @description The number or URI dialled. */
            phone_number: components["schemas"]["PhoneNumber"];
            /** @description The caller id presented on the outbound leg. */
            outbound_caller_id?: string;
            /** @description The name of the configured outbound endpoint to dial through. */
            outbound_endpoint?: string;
            /** @description SIP headers sent with the INVITE. */
            sip_headers?: components["schemas"]["SipHeaders"];
        };
        /** @description SIP BYE: hang up, passing headers to the carrier. */
        Bye: {
            /** @description SIP headers sent with the BYE. */
            sip_headers?: components["schemas"]["SipHeaders"];
        };
        /** @description A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings. */
        TextChat: {
            [key: string]: Record<string, unknown>;
        };
        /** @description Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI. */
        PhoneNumber: string;
        /** @description SIP header names (letters, digits and -) mapped to string values. */
        SipHeaders: {
            [key: string]: string;
        };
        /** @description How the agent listens on the next turn. */
        Listen: {
            /** @description Whether to listen for input (default true). */
            listen?: boolean;
            /** @description Delayed response mode: the client sends an empty input to retrieve the response. */
            delayed_response?: boolean;
            /**
             * @description The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.
             * @enum {string}
             */
            channel?: "SPEECH" | "DTMF" | "SPEECH_AND_DTMF";
            /** @description Speech recognition settings for the next turn. */
            asr?: components["schemas"]["Asr"];
            /** @description Keypad (DTMF) settings for the next turn. */
            dtmf?: components["schemas"]["Dtmf"];
            /** @description Whether the caller may interrupt the agent. */
            barge_in?: components["schemas"]["BargeIn"];
            /** @description Smart voice-activity detection: extends listening while the caller is still speaking. */
            smart_vad?: components["schemas"]["SmartVad"];
            /** @description Short interjections while the caller speaks. */
            interjection?: components["schemas"]["Interjection"];
        };
        /** @description Speech recognition settings. */
        Asr: {
            /** @description How long to wait for speech: more than 0 and at most 60 seconds. */
            timeout?: components["schemas"]["AsrTimeout"];
            /** @description Legacy voice-activity timeout; still accepted. */
            vad_timeout?: components["schemas"]["Duration"];
            /** @description Words to boost in recognition. */
            keywords?: string[];
            /** @description Phrases mapped to a bias weight greater than 0. */
            custom_biases?: {
                [key: string]: number;
            };
            /** @description The kinds of answer expected, which tune recognition. */
            fields?: ("DEFAULT" | "SPELLING" | "ALPHANUM" | "NUMERIC" | "DATETIME" | "YES_OR_NO" | "CUSTOM" | "ADDRESS")[];
            /** @description Rewrites applied to the transcript. */
            corrections?: components["schemas"]["AsrCorrection"][];
        };
        /** @description One rewrite of the transcript. */
        AsrCorrection: {
            /** @description What to match in the transcript. */
            regular_expression: string;
            /** @description What to put in its place. */
            replacement: string;
            /**
             * @description Whether the whole transcript, the matched part, or a substring is replaced.
             * @enum {string}
             */
            replacement_type?: "full" | "partial" | "substring";
        };
        /** @description Keypad (DTMF) settings. */
        Dtmf: {
            /** @description How many digits to collect: 1 to 32, or -1 for no limit. */
            num_digits?: number;
            /** @description How long to wait for the first key (platform default 5 seconds). */
            first_digit_timeout?: components["schemas"]["Duration"];
            /** @description How long to wait between keys (platform default 2 seconds). */
            inter_digit_timeout?: components["schemas"]["Duration"];
            /**
             * @description The key that ends input early, or "" for none.
             * @enum {string}
             */
            finish_on_key?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "#" | "";
            /** @description Whether keys pressed while the agent is still speaking count. */
            early_listening?: boolean;
            /** @description Whether the digits are personal data, redacted from logs. */
            is_pii?: boolean;
        };
        /** @description Barge-in: whether the caller may interrupt the agent. */
        BargeIn: {
            /** @description Whether barge-in is on. */
            is_enabled?: boolean;
            /** @description How long the caller must speak to interrupt. */
            interruption_window?: components["schemas"]["Duration"];
        };
        /** @description Smart voice-activity detection. */
        SmartVad: {
            /** @description Whether smart VAD is on. */
            is_enabled?: boolean;
            /** @description How many times listening may be extended: 1 to 20. */
            max_extensions?: number;
            /** @description The longest single extension: 0.5 to 5 seconds. */
            max_extension_duration?: components["schemas"]["MaxExtensionDuration"];
        };
        /** @description Interjections while the caller speaks. Note `enable`, not `is_enabled`. */
        Interjection: {
            /** @description Whether interjections are on. */
            enable?: boolean;
            /** @description How often to interject. */
            frequency?: components["schemas"]["Duration"];
        };
        /** @description A move within a flow: to a flow, to a step of a flow, or out of the current flow. */
        Transition: {
            /** @description The flow to move to. */
            goto_flow?: string;
            /** @description The step of `goto_flow` to move to; needs `goto_flow`. */
            goto_step?: string;
            /** @description True leaves the current flow. */
            exit_flow?: boolean;
        };
        /** @description Agentic dial settings (undocumented by the platform). */
        AgenticDial: {
            /** @description Changes to the agentic dial configuration. */
            config_patch?: {
                /** @description Where the agent may dial. */
                destinations?: components["schemas"]["DialDestination"][];
            };
        };
        /** @description One agentic dial destination. */
        DialDestination: {
            /** @description The destination's name. */
            name?: string;
            /** @description The number or URI to dial. */
            phone_number: components["schemas"]["PhoneNumber"];
            /** @description Data passed along with the call, as it is. */
            metadata?: Record<string, unknown>;
        };
        /** @description A non-negative number of seconds, or a duration string such as "1.5s". */
        Duration: number | string;
        /** @description A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s". */
        AsrTimeout: number | string;
        /** @description A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s". */
        MaxExtensionDuration: number | string;
        /**
         * Effects
         * @description The side effects a function performed, in the order it performed them (`conv.say`, `conv.goto_flow`, `flow.goto_step`, `conv.call_handoff`, writes to `conv.state`...): the `effects` of an execute response. Each effect is an object whose `type` says which it is. Contract version 1.1.0.
         * @example [
         *       {
         *         "type": "state",
         *         "name": "caller_verified",
         *         "value": true
         *       },
         *       {
         *         "type": "say",
         *         "utterance": "Thanks, you're verified."
         *       },
         *       {
         *         "type": "goto_flow",
         *         "flow": "billing"
         *       }
         *     ]
         * @example [
         *       {
         *         "type": "write_metric",
         *         "name": "transfer_requested",
         *         "value": null,
         *         "write_once": true
         *       },
         *       {
         *         "type": "call_handoff",
         *         "destination": "CALL_CENTER",
         *         "reason": "SPEAK_TO",
         *         "utterance": "Transferring you now.",
         *         "sip_headers": {
         *           "X-Account": "A-42"
         *         }
         *       }
         *     ]
         * @example [
         *       {
         *         "type": "exit_flow"
         *       }
         *     ]
         * @example []
         */
        Effects: components["schemas"]["Effect"][];
        /** @description One side effect: its `type` names it and says which fields it has. */
        Effect: components["schemas"]["SayEffect"] | components["schemas"]["GotoFlowEffect"] | components["schemas"]["ExitFlowEffect"] | components["schemas"]["GotoStepEffect"] | components["schemas"]["SetVariantEffect"] | components["schemas"]["SetLanguageEffect"] | components["schemas"]["SetVoiceEffect"] | components["schemas"]["CallHandoffEffect"] | components["schemas"]["SetAsrBiasingEffect"] | components["schemas"]["ClearAsrBiasingEffect"] | components["schemas"]["SendSmsEffect"] | components["schemas"]["WriteMetricEffect"] | components["schemas"]["DiscardRecordingEffect"] | components["schemas"]["GotoCsatFlowEffect"] | components["schemas"]["GenerateExternalEventEffect"] | components["schemas"]["AddAttachmentsEffect"] | components["schemas"]["SetResponseSuggestionsEffect"] | components["schemas"]["StateEffect"];
        /** @description `conv.say(utterance)`: says (voice) or shows (chat) the text now. */
        SayEffect: {
            /**
             * @description `say`.
             * @constant
             */
            type: "say";
            /** @description What is said or shown. */
            utterance: string;
        };
        /** @description `conv.goto_flow(name)`: moves the conversation to the start of a flow. */
        GotoFlowEffect: {
            /**
             * @description `goto_flow`.
             * @constant
             */
            type: "goto_flow";
            /** @description The flow's name. */
            flow: string;
        };
        /** @description `conv.exit_flow()`: leaves the current flow. */
        ExitFlowEffect: {
            /**
             * @description `exit_flow`.
             * @constant
             */
            type: "exit_flow";
        };
        /** @description `flow.goto_step(name, label=None)`: moves to a step of the current flow. */
        GotoStepEffect: {
            /**
             * @description `goto_step`.
             * @constant
             */
            type: "goto_step";
            /** @description The step's name. */
            step: string;
            /** @description The label given with the step, if any. */
            label?: string;
        };
        /** @description `conv.set_variant(name)`: switches the conversation to a variant. */
        SetVariantEffect: {
            /**
             * @description `set_variant`.
             * @constant
             */
            type: "set_variant";
            /** @description The variant's name. */
            variant: string;
        };
        /** @description `conv.set_language(code)`: switches the conversation's language. */
        SetLanguageEffect: {
            /**
             * @description `set_language`.
             * @constant
             */
            type: "set_language";
            /** @description The language code. */
            language: string;
        };
        /** @description `conv.set_voice(...)`: switches the agent's voice. */
        SetVoiceEffect: {
            /**
             * @description `set_voice`.
             * @constant
             */
            type: "set_voice";
            /** @description What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value). */
            voice: unknown;
        };
        /** @description `conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination. */
        CallHandoffEffect: {
            /**
             * @description `call_handoff`.
             * @constant
             */
            type: "call_handoff";
            /** @description The configured handoff destination. */
            destination: string;
            /** @description The handoff reason. */
            reason?: string;
            /** @description What is said before the handoff. */
            utterance?: string;
            /** @description SIP headers sent with the handoff: names mapped to string values. */
            sip_headers?: {
                [key: string]: string;
            };
            /** @description The route to hand off through. */
            route?: string;
        };
        /** @description `conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words. */
        SetAsrBiasingEffect: {
            /**
             * @description `set_asr_biasing`.
             * @constant
             */
            type: "set_asr_biasing";
            /** @description The words to bias recognition towards. */
            keywords: string[];
        };
        /** @description `conv.clear_asr_biasing()`: drops the recognition biasing. */
        ClearAsrBiasingEffect: {
            /**
             * @description `clear_asr_biasing`.
             * @constant
             */
            type: "clear_asr_biasing";
        };
        /** @description `conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message. */
        SendSmsEffect: {
            /**
             * @description `send_sms`.
             * @constant
             */
            type: "send_sms";
            /** @description The number sent to. */
            to?: string;
            /** @description The number sent from. */
            from?: string;
            /** @description The message's text. */
            content?: string;
            /** @description The content template's name. */
            template?: string;
            /** @description The template's parameters. */
            parameters?: Record<string, unknown>;
        };
        /** @description `conv.write_metric(name, value=None, write_once=False)`: writes a metric event. */
        WriteMetricEffect: {
            /**
             * @description `write_metric`.
             * @constant
             */
            type: "write_metric";
            /** @description The metric's name. */
            name: string;
            /** @description The metric's value: a string, a number, a boolean or null. */
            value: string | number | boolean | null;
            /** @description True: written only the first time in the conversation. */
            write_once: boolean;
        };
        /** @description `conv.discard_recording()`: the call's recording is not kept. */
        DiscardRecordingEffect: {
            /**
             * @description `discard_recording`.
             * @constant
             */
            type: "discard_recording";
        };
        /** @description `conv.goto_csat_flow()`: moves to the satisfaction survey flow. */
        GotoCsatFlowEffect: {
            /**
             * @description `goto_csat_flow`.
             * @constant
             */
            type: "goto_csat_flow";
        };
        /** @description `conv.generate_external_event(...)`: raises an external event. */
        GenerateExternalEventEffect: {
            /**
             * @description `generate_external_event`.
             * @constant
             */
            type: "generate_external_event";
            /** @description Whether the event is sent to the LLM. */
            send_to_llm?: boolean;
            /** @description The event's data (any JSON value). */
            data?: unknown;
        };
        /** @description `conv.add_attachments(...)` (web chat): shows attachments. */
        AddAttachmentsEffect: {
            /**
             * @description `add_attachments`.
             * @constant
             */
            type: "add_attachments";
            /** @description The attachments, as the function passed them. */
            attachments: unknown[];
        };
        /** @description `conv.set_response_suggestions(...)` (web chat): offers replies to pick. */
        SetResponseSuggestionsEffect: {
            /**
             * @description `set_response_suggestions`.
             * @constant
             */
            type: "set_response_suggestions";
            /** @description The suggested replies. */
            suggestions: string[];
        };
        /** @description A write or a delete of `conv.state.X` (or `conv.state["X"]`). */
        StateEffect: {
            /**
             * @description `state`.
             * @constant
             */
            type: "state";
            /** @description The state variable's name. */
            name: string;
            /** @description The value written (any JSON value); null when the variable was deleted. */
            value: unknown;
            /**
             * @description Present, and true, when the variable was deleted.
             * @constant
             */
            deleted?: true;
        };
        /** @description The conversation's state (`conv.state`) when the function returned: variable names mapped to their values (any JSON values). */
        State: Record<string, unknown>;
        /**
         * AgentConfig
         * @description What an agent is configured with, for lint: its variants and its handoff destinations with their reasons. A part left out is not checked.
         * @example {
         *       "variants": [
         *         "orleans",
         *         "paris"
         *       ],
         *       "handoffs": {
         *         "CALL_CENTER": {
         *           "reasons": [
         *             "SPEAK_TO",
         *             "COMPLAINT"
         *           ]
         *         },
         *         "BILLING": {}
         *       }
         *     }
         */
        AgentConfig: {
            /** @description The URI of this schema, for editors. */
            $schema?: string;
            /** @description The names of the agent's variants, as in variant management. A returned `variant` must be one of them. */
            variants?: string[];
            /** @description The handoff destinations, by `type` (such as `CALL_CENTER`). A returned handoff `type` must be one of them. */
            handoffs?: {
                [key: string]: components["schemas"]["HandoffDestination"];
            };
        };
        /** @description One handoff destination. */
        HandoffDestination: {
            /** @description The reasons allowed with this destination (such as `SPEAK_TO`). Left out: any reason. */
            reasons?: string[];
        };
    };
    responses: {
        /** @description The request body is not JSON. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bearer token is missing or wrong. */
        Unauthorized: {
            headers: {
                /** @description `Bearer` */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such function (or no such path). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is over 1 MiB. */
        ContentTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is JSON but not a valid request, or the arguments do not fit the function's parameters (missing, unknown, or of the wrong type); `errors` names each. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is JSON but not a request of this operation (no `value`, a key it does not take, a `lenient` that is not a boolean, or a `config` that does not match the agent configuration's schema); `errors` points at each problem in the request body. */
        InvalidCheckRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The function raised (the trace is in the server's log, never in the response), or returned a value that breaks the function return contract (`errors` lists the JSON Pointers into the return value). A function served from a project may also ask the runtime for what it cannot give; each has its problem type: `unknown-member` (a member the platform's `conv`, `flow` or `conv.utils` does not have), `missing-fixture` (a secret, LLM answer or API answer with no fixture), `unknown-handoff` (`conv.call_handoff` to a destination not among the conversation's `handoffs`), `invalid-call` (`conv.functions.X(...)` with no such function or arguments that do not fit it). */
        FunctionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server's capacity for this kind of request, and the queue of requests waiting for it, are full: try again after `Retry-After` seconds. */
        Busy: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The function ran past the server's time limit. */
        FunctionTimedOut: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The agent.
         * @example agent-1
         */
        AgentId: string;
        /**
         * @description The branch of the agent (its draft or a published version).
         * @example main
         */
        BranchId: string;
        /**
         * @description The function's id. In a functions folder: its file's name, without `.py`. In a project (`serve --project`): `name` for a global function (`functions/name.py`), `flows.<flow>.<name>` for a flow function (`flows/<flow>/functions/<name>.py`) and `flows.<flow>.steps.<name>` for a function step (`flows/<flow>/function_steps/<name>.py`).
         * @example transfer_to_specialist
         */
        FunctionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFunctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent.
                 * @example agent-1
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description The branch of the agent (its draft or a published version).
                 * @example main
                 */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The functions, sorted by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    executeFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent.
                 * @example agent-1
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description The branch of the agent (its draft or a published version).
                 * @example main
                 */
                branch_id: components["parameters"]["BranchId"];
                /**
                 * @description The function's id. In a functions folder: its file's name, without `.py`. In a project (`serve --project`): `name` for a global function (`functions/name.py`), `flows.<flow>.<name>` for a flow function (`flows/<flow>/functions/<name>.py`) and `flows.<flow>.steps.<name>` for a function step (`flows/<flow>/function_steps/<name>.py`).
                 * @example transfer_to_specialist
                 */
                function_id: components["parameters"]["FunctionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteRequest"];
            };
        };
        responses: {
            /** @description The function ran; `body` is its return value, valid under the contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["FunctionFailed"];
            503: components["responses"]["Busy"];
            504: components["responses"]["FunctionTimedOut"];
        };
    };
    getOpenAPI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundled OpenAPI document, byte for byte. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The OpenAPI version: `3.1.0`. */
                        openapi: string;
                        /** @description The title and version of the API. */
                        info: Record<string, unknown>;
                        /** @description The operations by path. */
                        paths: Record<string, unknown>;
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    validateReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateRequest"];
            };
        };
        responses: {
            /** @description The verdict; `errors` is empty when the value is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidCheckRequest"];
            503: components["responses"]["Busy"];
        };
    };
    lintReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckRequest"];
            };
        };
        responses: {
            /** @description The findings; empty when there is nothing to say. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LintResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidCheckRequest"];
            503: components["responses"]["Busy"];
        };
    };
    explainReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplainRequest"];
            };
        };
        responses: {
            /** @description The plan, or why there is none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidCheckRequest"];
            503: components["responses"]["Busy"];
        };
    };
}
