// ESM entry: the same module as the CommonJS build, with named exports.
import cjs from "./index.js";

export const {
  assertCredentials,
  catalog,
  checkEnv,
  checkEnvFiles,
  createClientFactory,
  CredentialError,
  fingerprint,
  formatReport,
  healthCheck,
  inspectSecret,
  mask,
  registerClient,
  rules,
  sampleKeys,
} = cjs;
export default cjs;
