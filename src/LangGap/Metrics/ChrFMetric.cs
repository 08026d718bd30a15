using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>chrF (Popović, 2015) and chrF++ (Popović, 2017) with sacrebleu 2.6's exact statistics, smoothing and signature.</summary>
/// <remarks>
/// Statistics per segment: <c>[hyp, ref, match]</c> for character orders 1…<c>CharOrder</c>, then word orders
/// 1…<c>WordOrder</c>, taken from the reference with the highest sentence F-score (the first on ties), as sacrebleu
/// selects among several references.
/// </remarks>
public sealed class ChrFMetric : ICorpusMetric
{
    private int _lastReferenceCount = 1;

    /// <summary>Creates the metric; <paramref name="options"/> defaults to sacrebleu's chrF2.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ChrFMetric(ChrFOptions? options = null)
    {
        Options = options ?? new ChrFOptions();
        Options.Validate();
        Name = $"chrF{Options.Beta}{new string('+', Options.WordOrder)}";
    }

    /// <summary>The settings in force.</summary>
    public ChrFOptions Options { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool HigherIsBetter => true;

    /// <inheritdoc />
    public int StatisticsWidth => 3 * (Options.CharOrder + Options.WordOrder);

    /// <inheritdoc />
    public SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
    {
        SegmentParallel.CheckShapes(hypotheses, references);
        var width = StatisticsWidth;
        var values = new double[hypotheses.Count * width];
        SegmentParallel.For(hypotheses.Count, i =>
        {
            var refs = new string[references.Count];
            for (var k = 0; k < refs.Length; k++)
            {
                refs[k] = Preprocess(references[k][i] ?? throw new ArgumentException($"Reference {i + 1} is null.", nameof(references)));
            }
            var hypothesis = Preprocess(hypotheses[i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(hypotheses)));
            ChrFWorkspace.Current.Compute(hypothesis, refs, Options, values.AsSpan(i * width, width));
        });
        _lastReferenceCount = references.Count;
        return new SegmentStatistics(hypotheses.Count, width, values);
    }

    /// <inheritdoc />
    /// <remarks>The signature uses the reference count of the most recent <see cref="ComputeStatistics"/> call (1 before any).</remarks>
    public MetricScore Score(ReadOnlySpan<double> totals) => Score(totals, _lastReferenceCount);

    /// <summary>Scores summed statistics, signing the score for <paramref name="referenceCount"/> references.</summary>
    public MetricScore Score(ReadOnlySpan<double> totals, int referenceCount)
    {
        if (totals.Length != StatisticsWidth)
        {
            throw new ArgumentException($"Expected {StatisticsWidth} chrF statistics, found {totals.Length}.", nameof(totals));
        }
        return new MetricScore(Name, ChrFComputation.FScore(totals, Options.Beta, Options.EpsSmoothing), Signature(referenceCount));
    }

    /// <inheritdoc />
    /// <remarks>chrF has no separate sentence-level settings.</remarks>
    public MetricScore ScoreSegment(ReadOnlySpan<double> segment) => Score(segment, _lastReferenceCount);

    /// <inheritdoc />
    public string Signature(int referenceCount) =>
        $"nrefs:{referenceCount}|case:{(Options.Lowercase ? "lc" : "mixed")}|eff:{(Options.EpsSmoothing ? "no" : "yes")}" +
        $"|nc:{Options.CharOrder}|nw:{Options.WordOrder}|space:{(Options.Whitespace ? "yes" : "no")}|version:{LangGapVersion.Current}";

    private string Preprocess(string segment) => Options.Lowercase ? PythonText.Lower(segment) : segment;
}
