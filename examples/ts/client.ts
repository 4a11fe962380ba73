/**
 * A typed client of the remote function endpoint, with openapi-fetch.
 *
 * The types come from `generated/ts/` (`make generate`): `paths` and `components` from the
 * bundled OpenAPI document, `FunctionReturnValue` from the contract's schema. Nothing here is
 * written by hand that the document already says: a wrong path, a missing path parameter, an
 * argument of the wrong type or a misread `body` does not compile.
 */
import createClient from "openapi-fetch";
import type { FunctionReturnValue } from "../../generated/ts/function-return.js";
import type { components, paths } from "../../generated/ts/openapi.js";

export type Problem = components["schemas"]["Problem"];
export type FunctionInfo = components["schemas"]["FunctionInfo"];
export type Args = components["schemas"]["ExecuteRequest"]["args"];
export type Conversation = components["schemas"]["Conversation"];

/** What a function returned, what it printed or logged, and how long it ran (ms). */
export interface Execution {
  body: FunctionReturnValue;
  logs: string[];
  runtime: number;
}

/** An answer that is a problem document (RFC 9457): 4xx or 5xx. */
export class EndpointError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = "EndpointError";
    this.problem = problem;
  }
}

export interface ClientOptions {
  /** Sent as `Authorization: Bearer <token>` when the service requires one. */
  token?: string;
  agentId?: string;
  branchId?: string;
}

/** A client of one agent branch's functions at `baseUrl`. */
export function functionClient(baseUrl: string, options: ClientOptions = {}) {
  const client = createClient<paths>({
    baseUrl,
    headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
  });
  const branch = { agent_id: options.agentId ?? "agent-1", branch_id: options.branchId ?? "main" };

  return {
    /** The branch's functions with their parameters, sorted by name. */
    async list(): Promise<FunctionInfo[]> {
      const { data, error } = await client.GET("/v1/agents/{agent_id}/branches/{branch_id}/functions", {
        params: { path: branch },
      });
      if (error) throw new EndpointError(error);
      return data.functions;
    },

    /** Run a function; its return value is valid under the contract (the server checks). */
    async execute(functionId: string, args: Args, conversation?: Conversation): Promise<Execution> {
      const { data, error } = await client.POST(
        "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute",
        {
          params: { path: { ...branch, function_id: functionId } },
          body: conversation ? { args, conversation } : { args },
        },
      );
      if (error) throw new EndpointError(error);
      return data;
    },

    /** Whether the service is up, and how many functions it serves. */
    async health(): Promise<components["schemas"]["Health"]> {
      const { data, error } = await client.GET("/healthz");
      if (error) throw new Error("the service is not healthy");
      return data;
    },
  };
}

/** One line saying what the agent will do with a return value: the types guide each branch. */
export function summarise(value: FunctionReturnValue): string {
  if (value === null) return "no instruction";
  if (typeof value === "string") return `system prompt: ${JSON.stringify(value)}`;
  const parts: string[] = [];
  if (value.utterance !== undefined) parts.push(`say ${JSON.stringify(value.utterance)}`);
  if (value.content !== undefined) parts.push(`prompt ${JSON.stringify(value.content)}`);
  if (value.variant !== undefined) parts.push(`switch to variant ${value.variant}`);
  if (value.transition?.goto_flow !== undefined) parts.push(`go to flow ${value.transition.goto_flow}`);
  if (value.handoff === true) {
    parts.push("hand off to the default destination");
  } else if (value.handoff !== undefined) {
    const refer = value.handoff.refer?.phone_number;
    parts.push(`hand off to ${value.handoff.type ?? "the default destination"}` + (refer ? ` (REFER ${refer})` : ""));
  }
  if (value.hangup === true) parts.push("hang up");
  if (value.listen?.channel !== undefined) parts.push(`listen on ${value.listen.channel}`);
  return parts.length > 0 ? parts.join(", then ") : "no instruction";
}
