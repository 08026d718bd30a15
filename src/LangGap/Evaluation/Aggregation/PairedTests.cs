using LangGap.Evaluation.Scoring;
using LangGap.Statistics.Paired;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Chooses and runs the paired test for a scorer's kind: exact McNemar, exact sign-flip, or paired bootstrap.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Binary scores, one generation per prompt: exact McNemar (two-sided binomial test on the discordant pairs), at any n.</item>
/// <item>Graded or ordinal scores — and binary scores with several generations per prompt, whose prompt means are no
/// longer 0/1 — on at most <see cref="ExactSignFlipTest.MaxClusters"/> prompts: the exact sign-flip permutation test,
/// enumerating every assignment.</item>
/// <item>Otherwise the paired bootstrap over prompts.</item>
/// </list>
/// The interval of the difference is the prompt bootstrap's in every case, so each comparison shows an effect size with
/// an interval; the p-value comes from the named test.
/// </remarks>
public static class PairedTests
{
    /// <summary>The test for <paramref name="descriptor"/> on <paramref name="clusters"/> prompts.</summary>
    public static PairedTestKind Choose(ScoreDescriptor descriptor, int clusters, bool clustered)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Kind == ScoreKind.Binary && !clustered)
        {
            return PairedTestKind.McNemarExact;
        }
        return clusters <= ExactSignFlipTest.MaxClusters ? PairedTestKind.SignFlipExact : PairedTestKind.PairedBootstrap;
    }

    /// <summary>Runs the test chosen for <paramref name="descriptor"/>: returns it, its p-value and the bootstrap interval of the difference.</summary>
    public static (PairedTestKind Test, PairedTestResult Bootstrap, double PValue) Run(ScoreDescriptor descriptor, PairedScores scores, int resamples, ulong seed, double confidence)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(scores);
        var clustered = scores.ClusterCount != scores.Count;
        var test = Choose(descriptor, scores.ClusterCount, clustered);
        var bootstrap = PairedBootstrapTest.Run(scores, resamples, seed, confidence);
        var p = test switch
        {
            PairedTestKind.McNemarExact => McNemarTest.Run(Binary(scores, descriptor)).PValue,
            PairedTestKind.SignFlipExact => ExactSignFlipTest.Run(scores).PValue,
            _ => bootstrap.PValue,
        };
        return (test, bootstrap, p);
    }

    /// <summary>The display name of a test.</summary>
    public static string Name(PairedTestKind test) => test switch
    {
        PairedTestKind.McNemarExact => "exact McNemar",
        PairedTestKind.SignFlipExact => "exact sign-flip",
        _ => "paired bootstrap",
    };

    // A binary score on another range than [0, 1] is mapped onto 0/1 at the midpoint, as the Wilson interval does.
    private static PairedScores Binary(PairedScores scores, ScoreDescriptor descriptor)
    {
        if (descriptor.Minimum == 0 && descriptor.Maximum == 1)
        {
            return scores;
        }
        var mid = 0.5 * (descriptor.Minimum + descriptor.Maximum);
        return new PairedScores([.. scores.A.Select(v => v >= mid ? 1.0 : 0.0)], [.. scores.B.Select(v => v >= mid ? 1.0 : 0.0)]);
    }
}
