using System.Globalization;

namespace LangGap.Reasoning;

/// <summary>One budget-forced generation: its thinking and answer and how each phase ended.</summary>
/// <param name="Thinking">The thinking text (prefix, model text and appended ignore strings; no markers).</param>
/// <param name="Answer">The answer text the model generated after the end marker (and the answer cue when truncated).</param>
/// <param name="ThinkingTokens">Tokens the model generated while thinking (appended strings not counted).</param>
/// <param name="AnswerTokens">Tokens of the answer phase.</param>
/// <param name="ThinkingEnd">How thinking ended: <see cref="PhaseEnd.Length"/> when the budget cut it.</param>
/// <param name="AnswerEnd">How the answer ended.</param>
/// <param name="Extensions">How many times the ignore string replaced an end of thinking.</param>
/// <param name="Prompts">Every prompt sent, in order (the last is the answer prompt).</param>
public sealed record ThinkingTrace(
    string Thinking, string Answer, int ThinkingTokens, int AnswerTokens, PhaseEnd ThinkingEnd, PhaseEnd AnswerEnd, int Extensions,
    IReadOnlyList<string> Prompts)
{
    /// <summary>Whether the budget cut the thinking (the answer cue was appended).</summary>
    public bool Truncated => ThinkingEnd == PhaseEnd.Length;

    /// <summary>The fields stored in the run store's generation metadata (strings; names start with <c>reasoning.</c>).</summary>
    public IReadOnlyDictionary<string, string> ToMetadata(int budget) => new Dictionary<string, string>
    {
        ["reasoning.budget"] = budget.ToString(CultureInfo.InvariantCulture),
        ["reasoning.thinking"] = Thinking,
        ["reasoning.answer"] = Answer,
        ["reasoning.thinking_tokens"] = ThinkingTokens.ToString(CultureInfo.InvariantCulture),
        ["reasoning.answer_tokens"] = AnswerTokens.ToString(CultureInfo.InvariantCulture),
        ["reasoning.thinking_end"] = Name(ThinkingEnd, thinking: true),
        ["reasoning.answer_end"] = Name(AnswerEnd, thinking: false),
        ["reasoning.extensions"] = Extensions.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The stored name of a phase end: <c>budget</c>, <c>end-marker</c>, <c>end-of-sequence</c>, <c>stop</c>, <c>length</c>.</summary>
    public static string Name(PhaseEnd end, bool thinking) => end switch
    {
        PhaseEnd.Length => thinking ? "budget" : "length",
        PhaseEnd.EndOfSequence => "end-of-sequence",
        _ => thinking ? "end-marker" : "stop",
    };
}
