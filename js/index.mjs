// ESM entry: the same module as the CommonJS build, with named exports.
import cjs from "./index.js";

export const {
  assertCredentials,
  catalog,
  checkConfig,
  checkEnv,
  checkEnvFiles,
  detectKind,
  createClientFactory,
  CredentialError,
  explainError,
  fingerprint,
  formatExplanation,
  formatReport,
  healthCheck,
  inspectSecret,
  lintLanguage,
  lintPaths,
  lintSources,
  mask,
  registerClient,
  rules,
  scanPaths,
  sampleKeys,
} = cjs;
export default cjs;
