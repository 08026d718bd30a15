namespace LangGap.Reasoning;

/// <summary>How a model's thinking phase is marked in its output: the marker that opens it, the marker that ends it, and
/// what budget forcing appends when it cuts thinking short.</summary>
/// <param name="Name">A short name (<c>s1</c>, <c>think</c>, <c>embedded</c>) recorded with the run.</param>
/// <param name="Start">Appended after the rendered prompt to open the thinking phase.</param>
/// <param name="End">The end-of-thinking marker: a stop string while thinking, appended before the answer is generated.</param>
/// <param name="AnswerCue">Appended after <paramref name="End"/> when the budget cut thinking short, so the model answers
/// at once (s1's <c>"\nFinal Answer:"</c>).</param>
/// <param name="IgnorePrefix">Put in front of the ignore string when an extension replaces the end marker; empty in s1,
/// a space for the embedded model, whose sentences are separated by spaces.</param>
/// <param name="ThinkingStops">Further strings that end a thinking step (the end of the assistant's turn), treated like
/// <paramref name="End"/>.</param>
public sealed record ThinkingFormat(string Name, string Start, string End, string AnswerCue, string IgnorePrefix, IReadOnlyList<string> ThinkingStops)
{
    /// <summary>The s1 / Qwen format: <c>&lt;|im_start|&gt;think</c> … <c>&lt;|im_start|&gt;answer</c>, cut with
    /// <c>"\nFinal Answer:"</c>.</summary>
    public static ThinkingFormat S1 { get; } = new("s1", "<|im_start|>think\n", "<|im_start|>answer", "\nFinal Answer:", "", ["<|im_end|>"]);

    /// <summary>Models that think between <c>&lt;think&gt;</c> and <c>&lt;/think&gt;</c> (DeepSeek-R1, Qwen3 and their
    /// distillations).</summary>
    public static ThinkingFormat Think { get; } = new("think", "<think>\n", "</think>", "\nFinal Answer:", "", ["<|im_end|>", "<|eot_id|>"]);

    /// <summary>The embedded model's format: <c>&lt;|think|&gt;</c> … <c>&lt;|answer|&gt;Final Answer: n&lt;|end|&gt;</c> on
    /// one line (assets/embedded/CORPUS-CARD.md).</summary>
    public static ThinkingFormat Embedded { get; } = new("embedded", "<|think|>", "<|answer|>", "Final Answer:", " ", ["<|end|>", "\n"]);

    /// <summary>The names <see cref="Find"/> knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["s1", "think", "embedded"];

    /// <summary>The built-in format called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static ThinkingFormat? Find(string name) => name.ToLowerInvariant() switch
    {
        "s1" => S1,
        "think" => Think,
        "embedded" => Embedded,
        _ => null,
    };

    /// <summary>Every stop string of a thinking step: the end marker first, then <see cref="ThinkingStops"/>.</summary>
    public IReadOnlyList<string> StopsWhileThinking => [End, .. ThinkingStops.Where(s => s != End)];

    /// <summary>A one-line description for run configurations and identities (every field, escaped).</summary>
    public string Describe() => System.Text.Json.JsonSerializer.Serialize(new { Name, Start, End, AnswerCue, IgnorePrefix, ThinkingStops });
}
