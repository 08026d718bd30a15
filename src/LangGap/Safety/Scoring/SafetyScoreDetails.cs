using System.Text.Json;
using LangGap.Evaluation.Scoring;

namespace LangGap.Safety.Scoring;

/// <summary>The details every safety scorer stores with a score: the prompt's safety context and what the scorer saw.</summary>
/// <remarks>Serialised once into the score's details; the safety report reads them back with <see cref="Parse"/>, never by sniffing strings.</remarks>
public sealed record SafetyScoreDetails : ScoreDetails
{
    /// <summary>The prompt's harm categories.</summary>
    public IReadOnlyList<string> HarmCategory { get; init; } = [];

    /// <summary><c>global</c>, <c>local</c> or null.</summary>
    public string? GlobalOrLocal { get; init; }

    /// <summary>The item id shared across languages, or null.</summary>
    public string? Item { get; init; }

    /// <summary>Refusal: the phrase found, or null.</summary>
    public string? Phrase { get; init; }

    /// <summary>Refusal: the language of the phrase found, or null.</summary>
    public string? PhraseLanguage { get; init; }

    /// <summary>Refusal: the language identified in the response (lid.176), or null when unclear.</summary>
    public string? DetectedLanguage { get; init; }

    /// <summary>Refusal: whether the response is in the prompt's language (null: too little text to tell).</summary>
    public bool? InPromptLanguage { get; init; }

    /// <summary>Profanity: the listed words found.</summary>
    public IReadOnlyList<string>? Hits { get; init; }

    /// <summary>Profanity: the word lists searched, or the lexicon version for refusal.</summary>
    public string? Lexicon { get; init; }

    /// <summary>Harm judge: the judge model id.</summary>
    public string? Judge { get; init; }

    /// <summary>Harm judge: the judge's whole reply.</summary>
    public string? Rationale { get; init; }

    /// <summary>The details as the JSON stored with the score.</summary>
    public string ToJson() => ScoreDetails.Serialize(this)!;

    /// <summary>Reads details written by <see cref="ToJson"/>; an empty record when <paramref name="json"/> is null or not such an object.</summary>
    public static SafetyScoreDetails Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new SafetyScoreDetails();
        }
        try
        {
            return ScoreDetails.Deserialize(json) as SafetyScoreDetails ?? JsonSerializer.Deserialize<SafetyScoreDetails>(json, ReportJson.Options) ?? new SafetyScoreDetails();
        }
        catch (JsonException)
        {
            return new SafetyScoreDetails();
        }
    }

    /// <summary>Details carrying the context of a prompt.</summary>
    public static SafetyScoreDetails For(SafetyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SafetyScoreDetails { HarmCategory = context.Categories, GlobalOrLocal = context.Scope, Item = context.Item };
    }
}
