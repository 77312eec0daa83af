// AWS Lambda (ESM, top-level await): check the env synchronously, then make one cheap
// authenticated call during init, so a revoked or rotated key fails the cold start.
import { OpenAI } from "openai";
import { assertCredentials, createClientFactory, healthCheck } from "credcheck";

assertCredentials({ models: ["gpt-4o"] });

const health = await healthCheck({ provider: "openai", timeoutMs: 3000 });
if (!health.ok) {
  throw new Error(`OpenAI health check failed: ${health.outcome}: ${health.message}. ${health.fix}`);
}

const getClient = createClientFactory(OpenAI, { model: "gpt-4o" });

export const handler = async () => {
  const models = await getClient().models.list();
  return { statusCode: 200, body: JSON.stringify({ models: models.data.length }) };
};
