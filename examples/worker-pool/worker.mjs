// A pool worker: builds its own client from its own env and reports what it sees (masked).
import { OpenAI } from "openai";
import { createClientFactory, mask } from "credcheck";

const getClient = createClientFactory(OpenAI, { model: "gpt-4o" });
try {
  getClient();
  process.send(`worker ${process.argv[2]}: client ready with ${mask(process.env.OPENAI_API_KEY)}`);
} catch (err) {
  process.send(`worker ${process.argv[2]}: ${err.message}`);
}
process.disconnect();
