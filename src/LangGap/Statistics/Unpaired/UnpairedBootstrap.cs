using LangGap.Statistics.Resampling;

namespace LangGap.Statistics.Unpaired;

/// <summary>The percentile bootstrap interval of a difference of means of two independent samples.</summary>
/// <remarks>Each resample draws both samples again with replacement, at their own sizes, from stream r of the seed (<see cref="Xoshiro256"/>), so the interval depends only on the data, the seed and the resample count.</remarks>
public static class UnpairedBootstrap
{
    /// <summary>The interval of mean(<paramref name="a"/>) − mean(<paramref name="b"/>).</summary>
    /// <exception cref="ArgumentException">A sample is empty or <paramref name="resamples"/> is below 1.</exception>
    public static ConfidenceInterval DifferenceOfMeans(IReadOnlyList<double> a, IReadOnlyList<double> b, int resamples, ulong seed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException("The bootstrap needs at least one value in each sample.");
        }
        var differences = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var rng = Xoshiro256.ForStream(seed, (ulong)r);
            differences[r] = Mean(a, ref rng) - Mean(b, ref rng);
        }
        Array.Sort(differences);
        var alpha = (1 - confidence) / 2;
        return new ConfidenceInterval(Percentile(differences, alpha), Percentile(differences, 1 - alpha), confidence);
    }

    private static double Mean(IReadOnlyList<double> values, ref Xoshiro256 rng)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[rng.NextInt(values.Count)];
        }
        return sum / values.Count;
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
