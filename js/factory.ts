/**
 * Per-worker client factories: build the SDK client when called (never at import time), from the
 * env as it is then, after the core checks pass; one client per process/thread per credential
 * fingerprint, so a rotated key gets a fresh client.
 */
import { envCore } from "./wasm-core";
import { CredentialError } from "./errors";
import { coreOptions } from "./options";
import type { CheckEnvOptions, Framework, ProviderId, Report } from "./types";

/** How one constructor takes our settings: slot (`api_key`, `base_url`, `endpoint`,
 * `api_version`, `deployment`, `org`, `project`, `model`) → option path (`configuration.baseURL`). */
export interface ClientMapping {
  provider: ProviderId;
  framework?: Framework;
  options: Record<string, string>;
}

/** Constructor name → mapping. Users add their own with `registerClient`. */
const MAPPINGS: Record<string, ClientMapping> = {
  // openai-node
  OpenAI: { provider: "openai", framework: "sdk", options: { api_key: "apiKey", base_url: "baseURL", org: "organization", project: "project" } },
  AzureOpenAI: {
    provider: "azure-openai",
    framework: "sdk",
    options: { api_key: "apiKey", ad_token: "azureADTokenProvider", endpoint: "endpoint", api_version: "apiVersion", deployment: "deployment" },
  },
  // @anthropic-ai/sdk
  Anthropic: { provider: "anthropic", framework: "sdk", options: { api_key: "apiKey", auth_token: "authToken", base_url: "baseURL" } },
  // @langchain/openai
  ChatOpenAI: { provider: "openai", framework: "langchainjs", options: { api_key: "apiKey", base_url: "configuration.baseURL", org: "configuration.organization", model: "model" } },
  AzureChatOpenAI: {
    provider: "azure-openai",
    framework: "langchainjs",
    options: {
      api_key: "azureOpenAIApiKey",
      endpoint: "azureOpenAIEndpoint",
      api_version: "azureOpenAIApiVersion",
      deployment: "azureOpenAIApiDeploymentName",
      model: "model",
    },
  },
  // AutoGen-style model client: new OpenAIChatCompletionClient({ model, apiKey, baseURL })
  OpenAIChatCompletionClient: { provider: "openai", framework: "autogen", options: { api_key: "apiKey", base_url: "baseURL", model: "model" } },
};

/** Teaches the factory a constructor's option names. */
export function registerClient(name: string, mapping: ClientMapping): void {
  MAPPINGS[name] = mapping;
}

/** Options for `createClientFactory`. */
export interface ClientFactoryOptions {
  /** Which mapping to use when the constructor's name is not in the table (or to override it). */
  mapping?: ClientMapping;
  /** The provider (default: the mapping's). */
  provider?: ProviderId;
  /** The model the client will call; checked against the provider and passed as `model` where the constructor takes one. */
  model?: string;
  /** The Azure deployment, when the code names it. */
  deployment?: string;
  /** The env to read when called; default process.env at call time. */
  env?: () => Record<string, string | undefined>;
  /** Extra constructor options, merged over the resolved ones. */
  options?: Record<string, unknown>;
}

type Resolved = Record<string, { var: string; value: string; fingerprint: string }>;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as Record<string, unknown> | undefined) ?? {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

function mergeDeep(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const prev = out[k];
    out[k] = v && typeof v === "object" && !Array.isArray(v) && prev && typeof prev === "object"
      ? mergeDeep(prev as Record<string, unknown>, v as Record<string, unknown>)
      : v;
  }
  return out;
}

/**
 * Returns a function that builds a `Ctor` client when called: it reads the env at that moment,
 * runs the core checks (throwing one masked CredentialError if anything is wrong), and returns the
 * cached client for this process/thread unless the credential's fingerprint changed.
 */
export function createClientFactory<T>(Ctor: new (options: any) => T, factoryOptions: ClientFactoryOptions = {}): () => T {
  const mapping = factoryOptions.mapping ?? MAPPINGS[Ctor.name];
  if (!mapping) {
    throw new Error(`credcheck: no option mapping for ${Ctor.name || "this constructor"}; pass { mapping } or call registerClient()`);
  }
  const provider = factoryOptions.provider ?? mapping.provider;
  let cached: { fingerprint: string; client: T } | undefined;
  return () => {
    const env = factoryOptions.env?.() ?? process.env;
    // No framework filter: the factory reads every catalogued name itself and passes the values
    // to the constructor, so which names the library would read does not matter here.
    const check: CheckEnvOptions = {
      env,
      providers: [provider],
      models: factoryOptions.model ? [factoryOptions.model] : [],
      deployment: factoryOptions.deployment ?? (mapping.options.deployment ? factoryOptions.model : undefined),
    };
    const report = envCore().checkEnv(env, coreOptions(check)) as Report;
    if (!report.summary.ok) throw new CredentialError(report);
    const resolved = envCore().resolveCredentials(env, provider) as Resolved;
    const fingerprint = Object.values(resolved).map((r) => r.fingerprint).join("|");
    if (cached && cached.fingerprint === fingerprint) return cached.client;
    let options: Record<string, unknown> = {};
    for (const [slot, path] of Object.entries(mapping.options)) {
      if (slot === "model") {
        if (factoryOptions.model) setPath(options, path, factoryOptions.model);
      } else if (slot === "deployment") {
        const deployment = factoryOptions.deployment ?? resolved.deployment?.value ?? factoryOptions.model;
        if (deployment) setPath(options, path, deployment);
      } else if (slot === "ad_token") {
        const token = resolved.ad_token?.value;
        if (token && !resolved.api_key) setPath(options, path, async () => token);
      } else if (resolved[slot]) {
        setPath(options, path, resolved[slot].value);
      }
    }
    options = mergeDeep(options, factoryOptions.options ?? {});
    const client = new Ctor(options);
    cached = { fingerprint, client };
    return client;
  };
}
