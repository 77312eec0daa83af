// Next.js instrumentation hook: runs once when each server instance starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // the edge runtime has no process.env to check
  const { assertCredentials } = await import("credcheck");
  // Throws one CredentialError listing every problem: the instance fails to start, visibly.
  assertCredentials({ models: ["gpt-4o", "claude-3-5-sonnet-20241022"], framework: "langchain" });
}
