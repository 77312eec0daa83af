// Compiled with tsc --noEmit and customConditions ["workerd"]: a Worker's types are the workerd
// entry's (env required), not the Node entry's.
import { checkEnv, assertCredentials } from "credcheck";

checkEnv({ env: { OPENAI_API_KEY: "x" }, providers: ["openai"] });
// @ts-expect-error: a Worker has no process.env; the env binding must be passed
assertCredentials({ providers: ["openai"] });
