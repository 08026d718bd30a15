using LangGap.Evaluation.Scoring;
using LangGap.Identification;
using Microsoft.Extensions.AI;

namespace LangGap.Synthesis.Attributes;

/// <summary>What some attributes need beyond the text: a tokenizer, a judge, a reward model, a language identifier.</summary>
/// <remarks>
/// The text attributes (length, words, MTLD, TTR, readability, fidelity, profanity) need nothing and work with
/// <see cref="Empty"/>. <see cref="AttributeCatalog.Create"/> names the missing member in its error when an attribute
/// needs one that is null.
/// </remarks>
public sealed record AttributeContext
{
    /// <summary>A context with nothing in it (text attributes only).</summary>
    public static AttributeContext Empty { get; } = new();

    /// <summary>The language identifier for <c>fidelity</c> and <c>profanity</c>; the embedded lid.176 when null.</summary>
    public LanguageIdentifier? Identifier { get; init; }

    /// <summary>Counts a text's model tokens, for <c>length-tokens</c>.</summary>
    public Func<string, int>? CountTokens { get; init; }

    /// <summary>Identifies the tokenizer of <see cref="CountTokens"/> (recorded in the scorer's settings).</summary>
    public string? Tokenizer { get; init; }

    /// <summary>The judge model's client, for <c>judge</c>.</summary>
    public IChatClient? Judge { get; init; }

    /// <summary>The judge model's id, for <c>judge</c>.</summary>
    public string? JudgeId { get; init; }

    /// <summary>The judge's rubric; <see cref="JudgeScorer.DefaultRubric"/> when null.</summary>
    public string? JudgeRubric { get; init; }

    /// <summary>The reward-model scorer, for <c>reward</c> (LangGap.Torch's <c>RewardModelScorer</c>; the caller owns and disposes it).</summary>
    public IScorer? RewardModel { get; init; }
}
