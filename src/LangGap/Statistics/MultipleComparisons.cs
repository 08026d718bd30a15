namespace LangGap.Statistics;

/// <summary>Adjusted p-values for a family of comparisons, as statsmodels' <c>multipletests</c> computes them.</summary>
public static class MultipleComparisons
{
    /// <summary>Adjusts <paramref name="pValues"/> (any order); the result is in the same order.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues, PValueCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        foreach (var p in pValues)
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), p, "Every p-value must lie in [0, 1].");
            }
        }
        var m = pValues.Count;
        var adjusted = new double[m];
        if (m == 0)
        {
            return adjusted;
        }
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        switch (correction)
        {
            case PValueCorrection.None:
                for (var i = 0; i < m; i++)
                {
                    adjusted[i] = pValues[i];
                }
                break;
            case PValueCorrection.Bonferroni:
                for (var i = 0; i < m; i++)
                {
                    adjusted[i] = Math.Min(1, pValues[i] * m);
                }
                break;
            case PValueCorrection.Holm:
                // Step down: the k-th smallest is multiplied by (m − k), then made monotone from the smallest up.
                var running = 0.0;
                for (var k = 0; k < m; k++)
                {
                    running = Math.Max(running, pValues[order[k]] * (m - k));
                    adjusted[order[k]] = Math.Min(1, running);
                }
                break;
            case PValueCorrection.BenjaminiHochberg:
                // Step up: the k-th smallest is divided by k/m, then made monotone from the largest down.
                var minimum = double.PositiveInfinity;
                for (var k = m - 1; k >= 0; k--)
                {
                    minimum = Math.Min(minimum, pValues[order[k]] / ((k + 1.0) / m));
                    adjusted[order[k]] = Math.Min(1, minimum);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(correction), correction, "Unknown correction.");
        }
        return adjusted;
    }
}
