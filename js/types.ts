import type { RuleId } from "./rule-id.generated";
export type { RuleId };

/** Provider ids of the catalog. */
export type ProviderId =
  | "openai"
  | "azure-openai"
  | "anthropic"
  | "gemini"
  | "mistral"
  | "groq"
  | "cohere"
  | "openrouter"
  | "deepseek"
  | "xai"
  | "together"
  | "huggingface"
  | "bedrock";

/** Libraries whose env-reading rules credcheck knows. */
export type Framework = "sdk" | "langchain" | "langchainjs" | "llamaindex" | "litellm" | "crewai" | "autogen";

/** How bad a finding is. */
export type Severity = "error" | "warning" | "info";

/** Where a finding points: an env var, or a place in a file. */
export interface Location {
  env?: string;
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

/** A secret as it may appear in output: masked and fingerprinted, never whole. */
export interface SecretRef {
  /** At most the provider prefix and the last 4 characters, e.g. `sk-proj-…Qx7a`. */
  masked: string;
  /** `sha256:` and 12 hex digits of the exact value. */
  fingerprint: string;
  /** Provider its shape points to. */
  provider?: ProviderId;
}

/** One problem found. */
export interface Finding {
  /** Stable kebab-case rule id, e.g. `missing-key` (`credcheck rules` lists them). */
  rule: RuleId;
  severity: Severity;
  location: Location;
  /** One line saying what is wrong. */
  message: string;
  /** A concrete step that fixes it. */
  fix: string;
  provider?: ProviderId;
  secret?: SecretRef;
}

/** Counts over a report. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** True when there are no error-level findings. */
  ok: boolean;
  /** Provider ids that were checked: those asked for and those whose credentials are set (in the environment, or in the files read). */
  providers: ProviderId[];
  /** How many files were read, for checks of files (`scanPaths`, `lintPaths`); absent for an environment. */
  files?: number;
}

/** The kinds of config file `checkConfig` and `scanPaths` read. */
export type ConfigKind =
  | "dotenv"
  | "oai-config-list"
  | "autogen-component"
  | "crewai"
  | "client-params"
  | "compose"
  | "kubernetes"
  | "litellm-config";

/** The result of every check. */
export interface Report {
  findings: Finding[];
  summary: Summary;
}

/** What an environment check needs to know. */
export interface CheckEnvOptions {
  /** The environment to check; defaults to `process.env`. */
  env?: Record<string, string | undefined>;
  /** Providers the app uses (one id, or a list). */
  providers?: ProviderId | ProviderId[];
  /** Models the app uses (one name, or a list); each maps to its provider. */
  models?: string | string[];
  /** Only count the env names this library reads (e.g. LangChain does not read AZURE_OPENAI_API_VERSION). */
  framework?: Framework;
  /** The Azure deployment name, when the code passes it rather than the env. */
  deployment?: string;
  /** The time to judge token expiry against; defaults to now. */
  now?: Date | number;
  /** Report tokens that expire within this many seconds (default 600). */
  tokenWindowSeconds?: number;
}

/** `assertCredentials`'s options: `checkEnv`'s, and `record`. */
export interface AssertCredentialsOptions extends CheckEnvOptions {
  /**
   * Write one masked startup record line to stderr (for `credcheck drift`); default: only when
   * `CREDCHECK_RECORD=1` is in the environment.
   */
  record?: boolean;
}

/** What `inspectSecret` tells about a value, without the value. */
export interface SecretSummary {
  masked: string;
  fingerprint: string;
  length: number;
  kind: "empty" | "placeholder" | "reference" | "oversized" | "value";
  provider?: ProviderId;
  matches: { provider: ProviderId; shape: string; slot: string; strength: "strong" | "weak" }[];
  wrapping: ({ kind: "quoted" } | { kind: "whitespace"; what: string } | { kind: "scheme"; scheme: string })[];
  malformed?: { providers: ProviderId[]; prefix: string; reason: string; certain: boolean };
}

/** A rule's fixed facts. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  summary: string;
}

/** A fake key of a catalogued shape, for tests that plant keys. */
export interface SampleKey {
  provider: ProviderId;
  shape: string;
  slot: string;
  key: string;
}

/** One catalogued environment variable. */
export interface CatalogVar {
  slot: string;
  name: string;
  readers: string[];
  /** Read only when the slot's other names are unset. */
  fallback?: boolean;
  source: string;
}

/** One catalogued provider. */
export interface CatalogProvider {
  id: ProviderId;
  name: string;
  vars: CatalogVar[];
  auth: string[][];
  required?: { slot: string; rule: string; check?: string; readers?: string[]; fix: string }[];
  key_shapes: {
    name: string;
    /** `api_key` when absent. */
    slot?: string;
    prefix: string;
    pattern: string;
    lengths: number[];
    charset: string;
    strength: "strong" | "weak";
    template: string;
    unverified?: boolean;
    source: string;
  }[];
  base_url: { default: string | null; hosts: string[] };
  auth_header: { name: string; scheme: string | null };
  health: { method: string; url: string; headers: Record<string, string>; source: string };
  key_url: string;
}

/** The provider catalog. */
export interface Catalog {
  readers: Record<string, string>;
  providers: CatalogProvider[];
  models: { prefixes?: string[]; pattern?: string; providers: ProviderId[]; source: string }[];
  proxy_vars: string[];
  [key: string]: unknown;
}

/** What a health check found. */
export interface HealthResult {
  provider: ProviderId;
  /** True when the provider accepted the credential. */
  ok: boolean;
  outcome:
    | "ok" | "missing-key" | "invalid-key" | "token-expired" | "permission" | "not-found" | "bad-request"
    | "rate-limit" | "quota" | "proxy-auth" | "server-error" | "dns" | "refused" | "tls" | "timeout"
    | "network" | "unsupported";
  status?: number;
  message: string;
  fix: string;
  /** What the provider said, keys masked. */
  detail?: string;
  key?: SecretRef;
  url?: string;
}

/** A root cause `explainError` proposes. */
export interface ExplainedCause {
  cause:
    | "missing-key"
    | "wrong-provider-key"
    | "azure-config"
    | "env-not-propagated"
    | "stale-key"
    | "invalid-key"
    | "expired-token"
    | "proxy-or-gateway"
    | "rate-limit-or-quota"
    | "model-or-deployment-not-found"
    | "org-project-mismatch"
    | "permission";
  confidence: "high" | "medium" | "low";
  /** One line on the cause. */
  summary: string;
  /** What in the text points to it, keys masked. */
  evidence: string[];
  /** Concrete steps. */
  fix: string[];
  /** The credcheck check that confirms it. */
  confirm: string;
}

/** What `explainError` found in an error. */
export interface Explanation {
  provider: ProviderId | null;
  framework: string | null;
  status: number | null;
  /** Most likely first; empty when the text is not a credential failure. */
  causes: ExplainedCause[];
  /**
   * `recognised`: a specific message, code or echoed key; `family`: only the status, exception
   * class or host (the causes that answer that way, never high confidence); `not-credential`: a
   * known failure of another kind; `unknown`: nothing recognised.
   */
  verdict: "recognised" | "family" | "not-credential" | "unknown";
  /** The text read, keys masked. */
  text: string;
}
