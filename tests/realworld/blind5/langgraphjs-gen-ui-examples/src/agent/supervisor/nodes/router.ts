import { z } from "zod";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ALL_TOOL_DESCRIPTIONS } from "../index";
import { SupervisorState, SupervisorUpdate } from "../types";
import { formatMessages } from "@/agent/utils/format-messages";

export async function router(
  state: SupervisorState,
): Promise<Partial<SupervisorUpdate>> {
  const routerDescription = `The route to take based on the user's input.
${ALL_TOOL_DESCRIPTIONS}
- generalInput: handles all other cases where the above tools don't apply
`;
  const routerSchema = z.object({
    route: z
      .enum([
        "stockbroker",
        "tripPlanner",
        "openCode",
        "orderPizza",
        "generalInput",
      ])
      .describe(routerDescription),
  });
  const routerTool = {
    name: "router",
    description: "A tool to route the user's query to the appropriate tool.",
    schema: routerSchema,
  };

  const llm = new ChatGoogleGenerativeAI({
    model: "gemini-2.0-flash",
    temperature: 0,
  })
    .bindTools([routerTool], { tool_choice: "router" })
    .withConfig({ tags: ["langsmith:nostream"] });

  const prompt = `You're a highly helpful AI assistant, tasked with routing the user's query to the appropriate tool.
You should analyze the user's input, and choose the appropriate tool to use.`;

