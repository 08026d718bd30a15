using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Evaluation.Scoring;

/// <summary>A scorer's corpus-aggregation hook: how summed segment statistics of a group become one corpus score (what sacrebleu prints).</summary>
/// <remarks>
/// A scorer that has one implements <see cref="ICorpusScorer"/>. The hook is stored once with the run (the scorers
/// table), so a report rebuilds it from the store without the scorer and never guesses from score details.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReferenceMetricSettings), "reference-metric")]
public abstract record CorpusAggregation
{
    private static readonly JsonSerializerOptions Options = new(ReportJson.Options);

    /// <summary>The number of statistics per segment.</summary>
    public abstract int StatisticsWidth { get; }

    /// <summary>The corpus score of statistics summed over a group's segments.</summary>
    public abstract double Score(ReadOnlySpan<double> totals);

    /// <summary>The hook as JSON with a <c>type</c> field.</summary>
    public static string Serialize(CorpusAggregation aggregation) => JsonSerializer.Serialize(aggregation, Options);

    /// <summary>Reads a hook written by <see cref="Serialize"/>.</summary>
    /// <exception cref="InvalidInputException">The text is not a known corpus aggregation.</exception>
    public static CorpusAggregation Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CorpusAggregation>(json, Options) ?? throw new JsonException("null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new InvalidInputException($"The run store holds a corpus aggregation this LangGap cannot read ({e.Message}).", e);
        }
    }
}
