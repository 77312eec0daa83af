const HUGGINGGPT_BASE_URL = "http://localhost:8004"

// use ChatGPT: double click on the setting icon
const CHAT_GPT_URL = "https://api.openai.com"
const CHAT_GPT_LLM = "gpt-3.5-turbo" // gpt-3.5-turbo, gpt-4
// Dev: local endpoint
// const CHAT_GPT_URL = "http://localhost:8006"


export {HUGGINGGPT_BASE_URL, CHAT_GPT_URL, CHAT_GPT_LLM}