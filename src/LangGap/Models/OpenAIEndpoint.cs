namespace LangGap.Models;

/// <summary>One OpenAI-compatible server (vLLM, SGLang, TGI, Ollama, llama.cpp, a hosted API) that serves a model.</summary>
/// <param name="BaseUrl">The API root including the version segment, for example <c>http://127.0.0.1:8000/v1</c>.</param>
/// <param name="ApiKeyVariable">
/// The name of the environment variable that holds the API key, or <see langword="null"/> for servers without one.
/// The key itself never appears in configuration, logs, caches or the run store.
/// </param>
/// <param name="MaxConcurrency">The most requests in flight to this server at once.</param>
public sealed record OpenAIEndpoint(Uri BaseUrl, string? ApiKeyVariable = null, int MaxConcurrency = 16);
