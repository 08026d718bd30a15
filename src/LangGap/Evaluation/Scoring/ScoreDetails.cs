using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Evaluation.Scoring;

/// <summary>What a scorer records beside a value (extracted answer, detected language, judge rationale): a typed record owned by the scorer.</summary>
/// <remarks>
/// Details are serialised once, by <see cref="Serialize"/>, with a <c>type</c> field naming the record, and read back
/// with <see cref="Deserialize"/>. They are for people and exports; what a score is (kind, direction, corpus
/// aggregation) comes from the scorer's <see cref="ScoreDescriptor"/> and <see cref="CorpusAggregation"/>, never from details.
/// A new scorer adds its record here with one <see cref="JsonDerivedTypeAttribute"/> line.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(NumericMatchDetails), "numeric-match")]
[JsonDerivedType(typeof(FidelityDetails), "language-fidelity")]
[JsonDerivedType(typeof(JudgeDetails), "judge")]
[JsonDerivedType(typeof(ReferenceMetricDetails), "reference-metric")]
[JsonDerivedType(typeof(MultipleChoiceDetails), "multiple-choice")]
[JsonDerivedType(typeof(LangGap.Safety.Scoring.SafetyScoreDetails), "safety")]
[JsonDerivedType(typeof(LangGap.Synthesis.Attributes.LexicalDetails), "lexical")]
[JsonDerivedType(typeof(LangGap.Synthesis.Attributes.ReadabilityDetails), "readability")]
public abstract record ScoreDetails
{
    private static readonly JsonSerializerOptions Options = new(ReportJson.Options);

    /// <summary>The details as JSON, with a <c>type</c> field naming the record; <see langword="null"/> for none.</summary>
    public static string? Serialize(ScoreDetails? details) => details is null ? null : JsonSerializer.Serialize(details, Options);

    /// <summary>Reads details written by <see cref="Serialize"/>; <see langword="null"/> for none or for details written before typed details existed.</summary>
    public static ScoreDetails? Deserialize(string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ScoreDetails>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
