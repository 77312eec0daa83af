// Cloudflare Worker: secrets arrive as the `env` binding, not process.env. Check it
// synchronously on each request (it is cheap) and answer 500 with the masked findings.
import { checkEnv, formatReport } from "credcheck";

export default {
  async fetch(request, env) {
    const report = checkEnv({ env, providers: ["openai"] });
    if (!report.summary.ok) {
      return new Response(formatReport(report, "text"), { status: 500 });
    }
    return new Response("ok");
  },
};
