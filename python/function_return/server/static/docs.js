// The API docs page of function-return-contract: renders /openapi.json with Swagger UI, its
// requests ("Try it out") going to the server that serves the page.
"use strict";

window.addEventListener("DOMContentLoaded", async () => {
  const response = await fetch("/openapi.json");
  const spec = await response.json();
  spec.servers = [{ url: window.location.origin, description: "this server" }];
  window.ui = window.SwaggerUIBundle({
    spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    displayOperationId: true,
    validatorUrl: null,
  });
});
