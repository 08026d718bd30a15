
namespace LangGap.Metrics.Significance;

/// <summary>Scores summed statistics to a bare number: the hot call of every resample and trial.</summary>
internal delegate double TotalsScorer(ReadOnlySpan<double> totals);

/// <summary>Picks the cheapest way to score totals for a metric.</summary>
/// <remarks>
/// <see cref="ICorpusMetric.Score"/> also builds the signature and BLEU's detail text, which costs more than the score
/// itself when called 10⁵–10⁶ times. For LangGap's own metrics this calls the same computation the metric uses, without
/// the text (so the numbers are identical); any other metric goes through <see cref="ICorpusMetric.Score"/>.
/// </remarks>
internal static class TotalsScorers
{
    public static TotalsScorer For(ICorpusMetric metric) => metric switch
    {
        BleuMetric bleu => totals => BleuComputation.Compute(
            totals, bleu.Options.MaxNgramOrder, bleu.Options.Smoothing, bleu.Options.EffectiveSmoothValue, bleu.Options.EffectiveOrder).Score,
        ChrFMetric chrF => totals => ChrFComputation.FScore(totals, chrF.Options.Beta, chrF.Options.EpsSmoothing),
        // TerMetric.Score's rate, without the signature (a unit test keeps the two equal).
        TerMetric => totals => 100 * (totals[1] > 0 ? totals[0] / totals[1] : totals[0] > 0 ? 1.0 : 0.0),
        _ => totals => metric.Score(totals).Score,
    };
}
