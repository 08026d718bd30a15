using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>Translation edit rate (Snover et al., 2006) with shifts, as sacrebleu 2.6 computes it (tercom-compatible).</summary>
/// <remarks>
/// Statistics per segment: <c>[edits, average reference length]</c>, where edits is the minimum over references.
/// The corpus score is total edits over total average reference length, times 100 (lower is better).
/// </remarks>
public sealed class TerMetric : ICorpusMetric
{
    private readonly TercomTokenizer _tokenizer;
    private int _lastReferenceCount = 1;

    /// <summary>Creates the metric; <paramref name="options"/> defaults to sacrebleu's TER settings.</summary>
    public TerMetric(TerOptions? options = null)
    {
        Options = options ?? new TerOptions();
        _tokenizer = new TercomTokenizer(Options.Normalized, Options.NoPunct, Options.AsianSupport, Options.CaseSensitive);
    }

    /// <summary>The settings in force.</summary>
    public TerOptions Options { get; }

    /// <inheritdoc />
    public string Name => "TER";

    /// <inheritdoc />
    public bool HigherIsBetter => false;

    /// <inheritdoc />
    public int StatisticsWidth => 2;

    /// <inheritdoc />
    public SegmentStatistics ComputeStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> references)
    {
        SegmentParallel.CheckShapes(hypotheses, references);
        var values = new double[hypotheses.Count * 2];
        SegmentParallel.For(hypotheses.Count, i =>
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var hypothesis = Words(Preprocess(hypotheses[i] ?? throw new ArgumentException($"Hypothesis {i + 1} is null.", nameof(hypotheses))), ids);
            var best = long.MaxValue;
            var referenceLengths = 0.0;
            for (var k = 0; k < references.Count; k++)
            {
                // sacrebleu preprocesses references twice (once when caching them, again when extracting their words);
                // with normalisation that is not idempotent ("it's\u00a0" → "it's" → "it 's"), so LangGap does the same.
                var reference = Words(Preprocess(Preprocess(references[k][i] ?? throw new ArgumentException($"Reference {i + 1} is null.", nameof(references)))), ids);
                var (edits, length) = TerAligner.Compute(hypothesis, reference);
                referenceLengths += length;
                best = Math.Min(best, edits);
            }
            values[2 * i] = best;
            values[2 * i + 1] = referenceLengths / references.Count;
        });
        _lastReferenceCount = references.Count;
        return new SegmentStatistics(hypotheses.Count, 2, values);
    }

    /// <inheritdoc />
    /// <remarks>The signature uses the reference count of the most recent <see cref="ComputeStatistics(IReadOnlyList{string}, IReadOnlyList{IReadOnlyList{string}})"/> call (1 before any).</remarks>
    public MetricScore Score(ReadOnlySpan<double> totals) => Score(totals, _lastReferenceCount);

    /// <summary>Scores summed statistics, signing the score for <paramref name="referenceCount"/> references.</summary>
    public MetricScore Score(ReadOnlySpan<double> totals, int referenceCount)
    {
        if (totals.Length != 2)
        {
            throw new ArgumentException($"Expected 2 TER statistics, found {totals.Length}.", nameof(totals));
        }
        var (edits, referenceLength) = (totals[0], totals[1]);
        var rate = referenceLength > 0 ? edits / referenceLength : edits > 0 ? 1.0 : 0.0;
        return new MetricScore(Name, 100 * rate, Signature(referenceCount));
    }

    /// <inheritdoc />
    /// <remarks>TER has no separate sentence-level settings.</remarks>
    public MetricScore ScoreSegment(ReadOnlySpan<double> segment) => Score(segment, _lastReferenceCount);

    /// <inheritdoc />
    public string Signature(int referenceCount) =>
        $"nrefs:{referenceCount}|case:{(Options.CaseSensitive ? "mixed" : "lc")}|tok:{_tokenizer.Name}" +
        $"|norm:{YesNo(Options.Normalized)}|punct:{YesNo(!Options.NoPunct)}|asian:{YesNo(Options.AsianSupport)}|version:{LangGapVersion.Current}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    // sacrebleu's TER._preprocess_segment.
    private string Preprocess(string segment) => _tokenizer.Tokenize(PythonText.RStrip(segment));

    // split(); words become ids local to the segment.
    private static int[] Words(string tokens, Dictionary<string, int> ids)
    {
        if (tokens.Length == 0)
        {
            return [];
        }
        var words = tokens.Split(' ');
        var result = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!ids.TryGetValue(words[i], out var id))
            {
                id = ids.Count;
                ids.Add(words[i], id);
            }
            result[i] = id;
        }
        return result;
    }
}
