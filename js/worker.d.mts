// Types for the workerd/browser entry: the env is always passed explicitly.
import type { CheckEnvOptions, Report, SecretSummary } from "./types.js";
export type * from "./types.js";
export { CredentialError } from "./errors.js";
export declare function checkEnv(options: CheckEnvOptions & { env: Record<string, string | undefined> }): Report;
export declare function assertCredentials(options: CheckEnvOptions & { env: Record<string, string | undefined> }): Report;
export declare function formatReport(report: Report, format?: "text" | "json"): string;
export declare function mask(value: string): string;
export declare function fingerprint(value: string): string;
export declare function inspectSecret(value: string): SecretSummary;
