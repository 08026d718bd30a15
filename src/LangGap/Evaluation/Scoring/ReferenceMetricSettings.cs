using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Evaluation.Scoring;

/// <summary>The settings of a reference metric (chrF or BLEU): part of the scorer's identity, and its corpus-aggregation hook.</summary>
/// <param name="Metric"><c>chrf</c> or <c>bleu</c>.</param>
/// <param name="CharOrder">chrF character n-gram order.</param>
/// <param name="WordOrder">chrF word n-gram order (2 = chrF++).</param>
/// <param name="Beta">chrF β.</param>
/// <param name="Lowercase">Whether text is lowercased.</param>
/// <param name="Whitespace">chrF: whether whitespace counts.</param>
/// <param name="Tokenize">BLEU tokenizer.</param>
/// <param name="EpsSmoothing">chrF: sacrebleu's eps smoothing instead of the effective order.</param>
/// <param name="MaxNgramOrder">BLEU maximum n-gram order.</param>
/// <param name="Smoothing">BLEU sentence smoothing method.</param>
/// <param name="SmoothValue">BLEU smoothing value, when set.</param>
public sealed record ReferenceMetricSettings(
    string Metric, int? CharOrder, int? WordOrder, int? Beta, bool Lowercase, bool? Whitespace, string? Tokenize,
    bool? EpsSmoothing = null, int? MaxNgramOrder = null, string? Smoothing = null, double? SmoothValue = null) : CorpusAggregation
{
    /// <summary>The settings of a chrF metric.</summary>
    public static ReferenceMetricSettings Of(ChrFOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new("chrf", o.CharOrder, o.WordOrder, o.Beta, o.Lowercase, o.Whitespace, null, o.EpsSmoothing);
    }

    /// <summary>The settings of a sentence-BLEU metric.</summary>
    public static ReferenceMetricSettings Of(BleuOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new("bleu", null, null, null, o.Lowercase, null, o.Tokenize, null, o.MaxNgramOrder, o.Smoothing.ToString().ToLowerInvariant(), o.SmoothValue);
    }

    /// <inheritdoc />
    public override int StatisticsWidth => Corpus().StatisticsWidth;

    /// <inheritdoc />
    /// <remarks>chrF: the same settings over summed statistics. BLEU: sacrebleu's corpus defaults (no effective order) with the stored tokenizer, case and order, as sacrebleu's corpus BLEU of the same segments.</remarks>
    public override double Score(ReadOnlySpan<double> totals) => Corpus() switch
    {
        ChrFMetric chrf => chrf.Score(totals, 1).Score,
        BleuMetric bleu => bleu.Score(totals, 1).Score,
        var other => other.ScoreSegment(totals).Score,
    };

    private ICorpusMetric Corpus() => Metric switch
    {
        "chrf" => new ChrFMetric(new ChrFOptions
        {
            CharOrder = CharOrder ?? 6,
            WordOrder = WordOrder ?? 0,
            Beta = Beta ?? 2,
            Lowercase = Lowercase,
            Whitespace = Whitespace ?? false,
            EpsSmoothing = EpsSmoothing ?? false,
        }),
        "bleu" => new BleuMetric(new BleuOptions
        {
            Lowercase = Lowercase,
            Tokenize = Tokenize ?? MetricTokenizers.Default,
            MaxNgramOrder = MaxNgramOrder ?? 4,
        }),
        _ => throw new InvalidInputException($"Unknown reference metric '{Metric}' in the run store; expected chrf or bleu."),
    };
}
