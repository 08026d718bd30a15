using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>BLEU (Papineni et al., 2002) with sacrebleu 2.6's exact tokenization, statistics, smoothing and signature.</summary>
/// <remarks>
/// Statistics per segment: <c>[hyp_len, ref_len, correct₁…correctₙ, total₁…totalₙ]</c>, where <c>ref_len</c> is the
/// reference length closest to the hypothesis length (the shorter on ties) and reference n-gram counts are the
/// maximum over references. Segments are processed in parallel; each row depends only on its own segment.
/// </remarks>
public sealed class BleuMetric : ICorpusMetric
{
    private readonly IMetricTokenizer _tokenizer;
    private readonly ReferenceCache<BleuReferences> _references = new();
    private int _lastReferenceCount = 1;

    /// <summary>Creates the metric; <paramref name="options"/> defaults to sacrebleu's <c>corpus_bleu</c> settings.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public BleuMetric(BleuOptions? options = null)
    {
        Options = options ?? new BleuOptions();
        Options.Validate();
        _tokenizer = MetricTokenizers.Create(Options.Tokenize);
    }

    /// <summary>The settings in force.</summary>
    public BleuOptions Options { get; }

    /// <inheritdoc />
    public string Name => "BLEU";

    /// <inheritdoc />
    public bool HigherIsBetter => true;

    /// <inheritdoc />
    public int StatisticsWidth => 2 + 2 * Options.MaxNgramOrder;

    /// <inheritdoc />
    /// <remarks>Prepared references are cached per set of reference lists, so scoring many systems against the same lists prepares them once.</remarks>
    public SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
    {
        SegmentParallel.CheckShapes(hypotheses, references);
        var refs = _references.GetOrCreate(references, r => BleuReferences.Build(r, Preprocess, Options.MaxNgramOrder));
        var width = StatisticsWidth;
        var values = new double[hypotheses.Count * width];
        SegmentParallel.For(hypotheses.Count, i =>
        {
            var hypothesis = Preprocess(hypotheses[i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(hypotheses)));
            BleuWorkspace.Current.Compute(hypothesis, refs, i, Options.MaxNgramOrder, values.AsSpan(i * width, width));
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
        var refs = _references.GetOrCreate(references, r => BleuReferences.Build(r, Preprocess, Options.MaxNgramOrder));
        var width = StatisticsWidth;
        var count = references[0].Count;
        var values = systems.Select(_ => new double[count * width]).ToArray();
        SegmentParallel.For(count, i =>
        {
            for (var s = 0; s < systems.Count; s++)
            {
                var hypothesis = Preprocess(systems[s][i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(systems)));
                BleuWorkspace.Current.Compute(hypothesis, refs, i, Options.MaxNgramOrder, values[s].AsSpan(i * width, width));
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
        CheckWidth(totals);
        var result = BleuComputation.Compute(totals, Options.MaxNgramOrder, Options.Smoothing, Options.EffectiveSmoothValue, Options.EffectiveOrder);
        return new MetricScore(Name, result.Score, Signature(referenceCount), result.Detail());
    }

    /// <inheritdoc />
    /// <remarks>Sentence-level BLEU uses effective order, as sacrebleu's <c>sentence_bleu</c> and <c>--sentence-level</c> do.</remarks>
    public MetricScore ScoreSegment(ReadOnlySpan<double> segment) => ScoreSegment(segment, _lastReferenceCount);

    /// <summary>Scores one segment with effective order, signing the score for <paramref name="referenceCount"/> references.</summary>
    public MetricScore ScoreSegment(ReadOnlySpan<double> segment, int referenceCount)
    {
        CheckWidth(segment);
        var result = BleuComputation.Compute(segment, Options.MaxNgramOrder, Options.Smoothing, Options.EffectiveSmoothValue, effectiveOrder: true);
        return new MetricScore(Name, result.Score, Signature(referenceCount, effectiveOrder: true), result.Detail());
    }

    /// <inheritdoc />
    public string Signature(int referenceCount) => Signature(referenceCount, Options.EffectiveOrder);

    private string Signature(int referenceCount, bool effectiveOrder) =>
        $"nrefs:{referenceCount}|case:{(Options.Lowercase ? "lc" : "mixed")}|eff:{(effectiveOrder ? "yes" : "no")}" +
        $"|tok:{_tokenizer.Name}|smooth:{Options.SmoothingSignature}|version:{LangGapVersion.Current}";

    /// <summary>sacrebleu's <c>_preprocess_segment</c>: optional lower-casing, then the tokenizer on the right-stripped text.</summary>
    internal string Preprocess(string segment) =>
        _tokenizer.Tokenize(PythonText.RStrip(Options.Lowercase ? PythonText.Lower(segment) : segment));

    private void CheckWidth(ReadOnlySpan<double> row)
    {
        if (row.Length != StatisticsWidth)
        {
            throw new ArgumentException($"Expected {StatisticsWidth} BLEU statistics, found {row.Length}.");
        }
    }
}
