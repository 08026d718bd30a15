namespace LangGap.Statistics.Paired;

/// <summary>Per-sample scores of two systems on the same samples, optionally grouped into clusters (several generations per prompt).</summary>
/// <remarks>
/// Sample i of A is paired with sample i of B. With clusters, resampling and permutation work on whole clusters
/// (prompts), never on single generations, because generations of one prompt are not independent.
/// </remarks>
public sealed record PairedScores
{
    /// <summary>Pairs <paramref name="a"/> with <paramref name="b"/>; <paramref name="clusters"/> names each sample's cluster (null: each sample is its own).</summary>
    public PairedScores(IReadOnlyList<double> a, IReadOnlyList<double> b, IReadOnlyList<string>? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"Expected as many B scores as A scores ({a.Count}), found {b.Count}.", nameof(b));
        }
        if (a.Count == 0)
        {
            throw new ArgumentException("Expected at least one pair of scores, found none.", nameof(a));
        }
        if (clusters is not null && clusters.Count != a.Count)
        {
            throw new ArgumentException($"Expected one cluster id per sample ({a.Count}), found {clusters.Count}.", nameof(clusters));
        }
        if (a.Concat(b).Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every score must be a finite number.", nameof(a));
        }
        A = a;
        B = b;
        Clusters = clusters;
        ClusterOf = BuildClusterIndex(clusters, a.Count, out var clusterCount);
        ClusterCount = clusterCount;
    }

    /// <summary>System A's score per sample.</summary>
    public IReadOnlyList<double> A { get; }

    /// <summary>System B's score per sample.</summary>
    public IReadOnlyList<double> B { get; }

    /// <summary>The cluster id of every sample, or null when every sample is its own cluster.</summary>
    public IReadOnlyList<string>? Clusters { get; }

    /// <summary>The number of pairs.</summary>
    public int Count => A.Count;

    /// <summary>The number of clusters (resampling units).</summary>
    public int ClusterCount { get; }

    /// <summary>The mean of A minus the mean of B.</summary>
    public double MeanDifference => A.Average() - B.Average();

    internal IReadOnlyList<int> ClusterOf { get; }

    /// <summary>Per cluster: the sum of A − B and the number of samples.</summary>
    internal (double[] Sums, int[] Counts) ClusterDifferences()
    {
        var sums = new double[ClusterCount];
        var counts = new int[ClusterCount];
        for (var i = 0; i < Count; i++)
        {
            sums[ClusterOf[i]] += A[i] - B[i];
            counts[ClusterOf[i]]++;
        }
        return (sums, counts);
    }

    /// <summary>The per-cluster means of A and B (the samples themselves when there are no clusters).</summary>
    public (double[] A, double[] B) ClusterMeans()
    {
        var a = new double[ClusterCount];
        var b = new double[ClusterCount];
        var counts = new int[ClusterCount];
        for (var i = 0; i < Count; i++)
        {
            a[ClusterOf[i]] += A[i];
            b[ClusterOf[i]] += B[i];
            counts[ClusterOf[i]]++;
        }
        for (var c = 0; c < ClusterCount; c++)
        {
            a[c] /= counts[c];
            b[c] /= counts[c];
        }
        return (a, b);
    }

    private static int[] BuildClusterIndex(IReadOnlyList<string>? clusters, int count, out int clusterCount)
    {
        var index = new int[count];
        if (clusters is null)
        {
            for (var i = 0; i < count; i++)
            {
                index[i] = i;
            }
            clusterCount = count;
            return index;
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (!ids.TryGetValue(clusters[i], out var id))
            {
                id = ids.Count;
                ids[clusters[i]] = id;
            }
            index[i] = id;
        }
        clusterCount = ids.Count;
        return index;
    }
}
