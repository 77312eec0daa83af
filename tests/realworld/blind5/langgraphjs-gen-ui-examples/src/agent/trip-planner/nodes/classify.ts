import { ChatOpenAI } from "@langchain/openai";
import { TripPlannerState, TripPlannerUpdate } from "../types";
import { z } from "zod";
import { formatMessages } from "@/agent/utils/format-messages";

export async function classify(
  state: TripPlannerState,
): Promise<TripPlannerUpdate> {
  if (!state.tripDetails) {
    // Can not classify if tripDetails are undefined
    return {};
  }

  const schema = z.object({
    isRelevant: z
      .boolean()
      .describe(
        "Whether the trip details are still relevant to the user's request.",
      ),
  });

  const model = new ChatOpenAI({ model: "gpt-4o", temperature: 0 }).bindTools(
    [
      {
        name: "classify",
        description:
          "A tool to classify whether or not the trip details are still relevant to the user's request.",
        schema,
      },
    ],
