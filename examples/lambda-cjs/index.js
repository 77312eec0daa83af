// AWS Lambda (CommonJS): fail the cold start with one clear error, before any client is built.
const { OpenAI } = require("openai");
const { assertCredentials, createClientFactory } = require("credcheck");

// Runs once per cold start. A broken env throws CredentialError here: the init fails, and the
// log shows every problem, masked, instead of a 401 on the first invocation.
assertCredentials({ models: ["gpt-4o"] });

// The client is built inside the handler's lifecycle, from the env as it is then.
const getClient = createClientFactory(OpenAI, { model: "gpt-4o" });

exports.handler = async () => {
  const models = await getClient().models.list();
  return { statusCode: 200, body: JSON.stringify({ models: models.data.length }) };
};
