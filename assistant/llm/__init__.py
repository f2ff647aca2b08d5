"""The optional language model: one chat-model factory (OpenAI-compatible or Ollama), versioned
prompts, the evidence chain that fills gaps the offline readers left, and cited answers to
questions. Everything a model says is grounded by code or kept as ungrounded.

Owns: LangChain, imported only here and only when a model is configured. Must not import
`checks`, `reports` or `app`.
"""
