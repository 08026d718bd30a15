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
    private readonly ReferenceCache<ChrFReferences> _references = new();
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
    /// <remarks>Prepared references are cached per set of reference lists, so scoring many systems against the same lists prepares them once.</remarks>
    public SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
    {
        SegmentParallel.CheckShapes(hypotheses, references);
        var refs = _references.GetOrCreate(references, r => ChrFReferences.Build(r, Preprocess, Options));
        var width = StatisticsWidth;
        var values = new double[hypotheses.Count * width];
        SegmentParallel.For(hypotheses.Count, i =>
        {
            var hypothesis = Preprocess(hypotheses[i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(hypotheses)));
            ChrFWorkspace.Current.Compute(hypothesis, refs, i, Options, values.AsSpan(i * width, width));
        });
        _lastReferenceCount = references.Count;
        return new SegmentStatistics(hypotheses.Count, width, values);
    }

    /// <inheritdoc />
    /// <remarks>Segment-major: each segment's prepared references stay in cache while every system's hypothesis is scored.</remarks>
    public IReadOnlyList<SegmentStatistics> ComputeStatistics(IReadOnlyList<IReadOnlyList<string>> systems, IReadOnlyList<IReadOnlyList<string>> references)
    {
        ArgumentNullException.ThrowIfNull(systems);
        foreach (var system in systems)
        {
            SegmentParallel.CheckShapes(system, references);
        }
        var refs = _references.GetOrCreate(references, r => ChrFReferences.Build(r, Preprocess, Options));
        var width = StatisticsWidth;
        var count = references[0].Count;
        var values = systems.Select(_ => new double[count * width]).ToArray();
        SegmentParallel.For(count, i =>
        {
            for (var s = 0; s < systems.Count; s++)
            {
                var hypothesis = Preprocess(systems[s][i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(systems)));
                ChrFWorkspace.Current.Compute(hypothesis, refs, i, Options, values[s].AsSpan(i * width, width));
            }
        });
        _lastReferenceCount = references.Count;
        return values.Select(v => new SegmentStatistics(count, width, v)).ToList();
    }

    /// <inheritdoc />
    /// <remarks>The signature uses the reference count of the most recent <see cref="ComputeStatistics(IReadOnlyList{string}, IReadOnlyList{IReadOnlyList{string}})"/> call (1 before any).</remarks>
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
