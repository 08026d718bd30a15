namespace LangGap.Reasoning;

/// <summary>One continuation of a raw prompt.</summary>
/// <param name="Prompt">The exact text to continue.</param>
/// <param name="MaxTokens">The most new tokens (at least 1).</param>
/// <param name="Stop">Strings that end the continuation; left out of its text.</param>
/// <param name="MinTokens">Tokens to generate before a stop string or the end of sequence may end it (s1 asks 1 on extensions).</param>
/// <param name="Temperature">0 for greedy decoding.</param>
/// <param name="Seed">The sampling seed.</param>
public sealed record ContinuationRequest(string Prompt, int MaxTokens, IReadOnlyList<string> Stop, int MinTokens, double Temperature, long Seed);
