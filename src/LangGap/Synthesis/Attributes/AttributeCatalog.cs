using LangGap.Evaluation.Scoring;
using LangGap.Safety.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>The attributes of generated text by name, each made as an <see cref="IScorer"/> with its <see cref="ScoreDescriptor"/>.</summary>
/// <remarks>
/// <para>The one list of attribute names that <c>langgap profile --attributes</c>, objectives such as
/// <c>mtld:max,length:min</c>, suites and rewards resolve against: <c>length</c> (characters), <c>length-words</c>,
/// <c>length-tokens</c> (needs <see cref="AttributeContext.CountTokens"/>), <c>mtld</c> (LexicalRichness's
/// definition), <c>mtld-ld</c>, <c>mtld-ma-bid</c>, <c>mtld-ma-wrap</c> (lexical_diversity's), <c>ttr</c>,
/// <c>readability</c>, <c>fidelity</c> (language ID), <c>profanity</c>, <c>reward</c> (needs
/// <see cref="AttributeContext.RewardModel"/>) and <c>judge</c> (needs <see cref="AttributeContext.Judge"/>).</para>
/// <para>A scorer's <see cref="ScoreDescriptor.Direction"/> is what is better for evaluation (for example profanity:
/// lower); whether to maximise or minimise an attribute is the caller's choice. Names are case-sensitive, lower case.</para>
/// </remarks>
public static class AttributeCatalog
{
    /// <summary>Every attribute name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["length", "length-words", "length-tokens", "mtld", "mtld-ld", "mtld-ma-bid", "mtld-ma-wrap", "ttr", "readability", "fidelity", "profanity", "reward", "judge"];

    /// <summary>The attributes computed from the text alone (no tokenizer, judge or reward model).</summary>
    public static IReadOnlyList<string> TextNames { get; } =
        ["length", "length-words", "mtld", "mtld-ld", "mtld-ma-bid", "mtld-ma-wrap", "ttr", "readability", "fidelity", "profanity"];

    /// <summary>Whether <paramref name="name"/> is an attribute.</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The scorer of attribute <paramref name="name"/>.</summary>
    /// <param name="name">An attribute name from <see cref="Names"/>.</param>
    /// <param name="context">What tokenizer-, judge- or reward-based attributes need; <see cref="AttributeContext.Empty"/> when null.</param>
    /// <exception cref="InvalidInputException">The name is unknown (the message lists the known ones), or the context lacks what the attribute needs.</exception>
    public static IScorer Create(string name, AttributeContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var c = context ?? AttributeContext.Empty;
        return name switch
        {
            "length" => new LengthScorer(LengthUnit.Characters),
            "length-words" => new LengthScorer(LengthUnit.Words),
            "length-tokens" => c.CountTokens is { } count
                ? new LengthScorer(count, c.Tokenizer ?? throw Missing(name, "a tokenizer identity"))
                : throw Missing(name, "a model's tokenizer (give --model)"),
            "mtld" => new MtldScorer(MtldDefinition.LexicalRichness),
            "mtld-ld" => new MtldScorer(MtldDefinition.LexicalDiversity),
            "mtld-ma-bid" => new MtldScorer(MtldDefinition.MovingAverageBidirectional),
            "mtld-ma-wrap" => new MtldScorer(MtldDefinition.MovingAverageWrap),
            "ttr" => new TypeTokenRatioScorer(),
            "readability" => new ReadabilityScorer(),
            "fidelity" => new FidelityScorer(c.Identifier),
            "profanity" => new ProfanityScorer(identifier: c.Identifier),
            "reward" => c.RewardModel ?? throw Missing(name, "a reward model (give --reward DIR)"),
            "judge" => c.Judge is { } judge
                ? new JudgeScorer(judge, c.JudgeId ?? throw Missing(name, "the judge's id"), c.JudgeRubric)
                : throw Missing(name, "a judge model (give --judge)"),
            _ => throw new InvalidInputException($"Unknown attribute '{name}'; known attributes: {string.Join(", ", Names)}."),
        };
    }

    /// <summary>The scorers of a comma-separated list of attribute names (for example <c>mtld,length,ttr</c>), in order, each once.</summary>
    /// <exception cref="InvalidInputException">The list is empty, repeats a name, or names an unknown attribute.</exception>
    public static IReadOnlyList<(string Name, IScorer Scorer)> CreateMany(string names, AttributeContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var parts = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new InvalidInputException($"The attribute list '{names}' names no attribute; known attributes: {string.Join(", ", Names)}.");
        }
        if (parts.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidInputException($"The attribute list '{names}' names '{repeated.Key}' twice.");
        }
        return [.. parts.Select(p => (p, Create(p, context)))];
    }

    private static InvalidInputException Missing(string name, string what) =>
        new($"Attribute '{name}' needs {what}.");
}
