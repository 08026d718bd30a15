namespace LangGap.Metrics;

/// <summary>BLEU from summed statistics, step for step as sacrebleu's <c>BLEU.compute_bleu</c>.</summary>
internal static class BleuComputation
{
    /// <summary>The result of <see cref="Compute"/>: score, per-order precisions, brevity penalty and lengths.</summary>
    public readonly record struct Result(double Score, double[] Precisions, double BrevityPenalty, long HypothesisLength, long ReferenceLength)
    {
        /// <summary>sacrebleu's verbose text: <c>71.3/39.4/20.1/10.0 (BP = 0.960 ratio = 0.961 hyp_len = 247 ref_len = 257)</c>.</summary>
        public string Detail()
        {
            var precisions = string.Join('/', Precisions.Select(p => PythonFormat.Fixed(p, 1)));
            var ratio = ReferenceLength != 0 ? (double)HypothesisLength / ReferenceLength : 0.0;
            return $"{precisions} (BP = {PythonFormat.Fixed(BrevityPenalty, 3)} ratio = {PythonFormat.Fixed(ratio, 3)} " +
                $"hyp_len = {HypothesisLength} ref_len = {ReferenceLength})";
        }
    }

    /// <summary>Computes BLEU from <c>[hyp_len, ref_len, correct₁…correctₙ, total₁…totalₙ]</c>.</summary>
    public static Result Compute(ReadOnlySpan<double> stats, int maxOrder, BleuSmoothing smoothing, double smoothValue, bool effectiveOrder)
    {
        var sysLen = stats[0];
        var refLen = stats[1];
        Span<double> correct = stackalloc double[maxOrder];
        Span<double> total = stackalloc double[maxOrder];
        stats.Slice(2, maxOrder).CopyTo(correct);
        stats.Slice(2 + maxOrder, maxOrder).CopyTo(total);

        var bp = 1.0;
        if (sysLen < refLen)
        {
            bp = sysLen > 0 ? Math.Exp(1 - refLen / sysLen) : 0.0;
        }
        var precisions = new double[maxOrder];
        var anyCorrect = false;
        foreach (var c in correct)
        {
            anyCorrect |= c != 0;
        }
        if (!anyCorrect)
        {
            return new Result(0.0, precisions, bp, (long)sysLen, (long)refLen);
        }

        var smoothMteval = 1.0;
        var effOrder = maxOrder;
        for (var n = 1; n <= maxOrder; n++)
        {
            if (smoothing == BleuSmoothing.AddK && n > 1)
            {
                correct[n - 1] += smoothValue;
                total[n - 1] += smoothValue;
            }
            if (total[n - 1] == 0)
            {
                break;
            }
            if (effectiveOrder)
            {
                effOrder = n;
            }
            if (correct[n - 1] == 0)
            {
                if (smoothing == BleuSmoothing.Exp)
                {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
                }
                else if (smoothing == BleuSmoothing.Floor)
                {
                    precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
                }
            }
            else
            {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }

        var logSum = 0.0;
        for (var n = 0; n < effOrder; n++)
        {
            // sacrebleu's my_log floors log(0) at -9999999999.
            logSum += precisions[n] == 0.0 ? -9999999999.0 : Math.Log(precisions[n]);
        }
        var score = bp * Math.Exp(logSum / effOrder);
        return new Result(score, precisions, bp, (long)sysLen, (long)refLen);
    }
}
