/**
 * Call the remote function endpoint from the command line, through the typed client.
 *
 *   node dist/main.js BASE_URL                      list the functions
 *   node dist/main.js BASE_URL FUNCTION [ARGS_JSON]  run one; print what it returned
 *
 * `FUNCTION_RETURN_TOKEN` in the environment is sent as the bearer token. Exit 0 on success,
 * 1 when the endpoint answers with a problem, 2 on a usage error.
 */
import { EndpointError, functionClient, summarise, type Args } from "./client.js";

async function main(argv: string[]): Promise<number> {
  const [baseUrl, functionId, argsJson] = argv;
  if (baseUrl === undefined) {
    console.error("usage: main.js BASE_URL [FUNCTION [ARGS_JSON]]");
    return 2;
  }
  const client = functionClient(baseUrl, { token: process.env.FUNCTION_RETURN_TOKEN });
  try {
    if (functionId === undefined) {
      for (const fn of await client.list()) {
        const params = fn.parameters.map((p) => `${p.name}: ${p.type}${p.required ? "" : "?"}`);
        console.log(`${fn.name}(${params.join(", ")})`);
      }
      return 0;
    }
    const args = JSON.parse(argsJson ?? "{}") as Args;
    const result = await client.execute(functionId, args);
    console.log(summarise(result.body));
    console.log(JSON.stringify(result.body));
    return 0;
  } catch (error) {
    if (error instanceof EndpointError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
