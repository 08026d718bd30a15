namespace LangGap.Metrics;

/// <summary>chrF's F-score from <c>[hyp, ref, match]</c> triples per order, as sacrebleu's <c>CHRF._compute_f_score</c>.</summary>
internal static class ChrFComputation
{
    private const double Epsilon = 1e-16;

    /// <summary>The F-score on the 0–100 scale.</summary>
    public static double FScore(ReadOnlySpan<double> statistics, int beta, bool epsSmoothing)
    {
        var order = statistics.Length / 3;
        var factor = (double)beta * beta;
        var score = 0.0;
        var effectiveOrder = 0;
        double averagePrecision = 0.0, averageRecall = 0.0;
        for (var i = 0; i < order; i++)
        {
            var hyp = statistics[3 * i];
            var reference = statistics[3 * i + 1];
            var match = statistics[3 * i + 2];
            var precision = hyp > 0 ? match / hyp : Epsilon;
            var recall = reference > 0 ? match / reference : Epsilon;
            var denominator = factor * precision + recall;
            score += denominator > 0 ? (1 + factor) * precision * recall / denominator : Epsilon;
            if (hyp > 0 && reference > 0)
            {
                averagePrecision += precision;
                averageRecall += recall;
                effectiveOrder++;
            }
        }
        if (epsSmoothing)
        {
            return 100 * score / order;
        }
        if (effectiveOrder == 0)
        {
            averagePrecision = averageRecall = 0.0;
        }
        else
        {
            averagePrecision /= effectiveOrder;
            averageRecall /= effectiveOrder;
        }
        if (averagePrecision + averageRecall != 0)
        {
            var f = (1 + factor) * averagePrecision * averageRecall;
            f /= factor * averagePrecision + averageRecall;
            return 100 * f;
        }
        return 0.0;
    }
}
