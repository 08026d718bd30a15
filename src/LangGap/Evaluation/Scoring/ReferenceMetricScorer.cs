using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Evaluation.Scoring;

/// <summary>Scores an output against the sample's references with a sacrebleu-exact metric (chrF or BLEU), sentence level.</summary>
/// <remarks>
/// The value is the sentence score (0–100). The score carries the segment's sufficient statistics and signature; the
/// settings are both the scorer's identity (chrF++ is not <c>chrf</c>) and its corpus hook, so a report sums
/// statistics over a language and gives the corpus score sacrebleu would. A sample without references is unscored.
/// </remarks>
public sealed class ReferenceMetricScorer : ICorpusScorer
{
    private readonly ICorpusMetric _metric;
    private readonly Lock _gate = new();

    private ReferenceMetricScorer(string name, ICorpusMetric metric, ReferenceMetricSettings settings)
    {
        Name = name;
        _metric = metric;
        Settings = settings;
    }

    /// <summary>The metric's settings: part of the scorer's identity, and its corpus-aggregation hook.</summary>
    public ReferenceMetricSettings Settings { get; }

    object? IScorer.Settings => Settings;

    /// <inheritdoc />
    public CorpusAggregation Corpus => Settings;

    /// <summary>A chrF scorer (sacrebleu defaults: character order 6, word order 0, β 2) named <c>chrf</c>.</summary>
    public static ReferenceMetricScorer ChrF(ChrFOptions? options = null, string name = "chrf")
    {
        var o = options ?? new ChrFOptions();
        return new ReferenceMetricScorer(name, new ChrFMetric(o), ReferenceMetricSettings.Of(o));
    }

    /// <summary>A sentence-BLEU scorer (sacrebleu's sentence defaults: exp smoothing, effective order, 13a) named <c>bleu</c>.</summary>
    public static ReferenceMetricScorer Bleu(BleuOptions? options = null, string name = "bleu")
    {
        var o = options ?? BleuOptions.SentenceDefaults;
        return new ReferenceMetricScorer(name, new BleuMetric(o), ReferenceMetricSettings.Of(o));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ScoreDescriptor Descriptor => ScoreDescriptor.Percentage(_metric is BleuMetric ? "BLEU" : "chrF");

    /// <inheritdoc />
    public ValueTask<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var references = input.Sample.References;
        if (references.Count == 0)
        {
            return ValueTask.FromResult(Score.Unscored($"sample '{input.Sample.Id}' has no reference"));
        }
        // NFC on both sides: an output that differs from its reference only in Unicode normal form is the same text.
        IReadOnlyList<IReadOnlyList<string>> streams = [.. references.Select(r => (IReadOnlyList<string>)[TextNormalization.ToNfc(r)])];
        double[] row;
        MetricScore score;
        // Metric instances remember the last reference set; one call at a time keeps that state consistent.
        lock (_gate)
        {
            var statistics = _metric.ComputeStatistics([TextNormalization.ToNfc(input.Output)], streams);
            row = statistics.Row(0).ToArray();
            score = _metric switch
            {
                BleuMetric bleu => bleu.ScoreSegment(row, references.Count),
                ChrFMetric chrf => chrf.Score(row, references.Count),
                _ => _metric.ScoreSegment(row),
            };
        }
        return ValueTask.FromResult(Score.Of(score.Score, new ReferenceMetricDetails(references.Count)) with { Statistics = row, Signature = score.Signature });
    }
}
