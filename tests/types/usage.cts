// Compiled with tsc --noEmit: the package's types as a CommonJS user requires them.
import credcheck = require("credcheck");

const report: credcheck.Report = credcheck.checkEnv({ env: {}, models: ["claude-3-5-sonnet-20241022"] });
const ok: boolean = report.summary.ok;
// @ts-expect-error: formats are checked
credcheck.formatReport(report, "yaml");
void ok;
