using System.Text.Json;
using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Evaluation.Scoring;

/// <summary>Scores an output against the sample's references with a sacrebleu-exact metric (chrF or BLEU), sentence level.</summary>
/// <remarks>
/// The value is the sentence score (0–100). Details keep the segment's sufficient statistics, the metric's settings
/// and its signature, so a report can sum statistics over a language and give the corpus score sacrebleu would.
/// A sample without references is unscored.
/// </remarks>
public sealed class ReferenceMetricScorer : IScorer
{
    private readonly ICorpusMetric _metric;
    private readonly Lock _gate = new();

    private ReferenceMetricScorer(string name, ICorpusMetric metric, object settings)
    {
        Name = name;
        _metric = metric;
        Settings = settings;
    }

    /// <summary>The metric's settings as written into every score's details.</summary>
    internal object Settings { get; }

    /// <summary>A chrF scorer (sacrebleu defaults: character order 6, word order 0, β 2) named <c>chrf</c>.</summary>
    public static ReferenceMetricScorer ChrF(ChrFOptions? options = null, string name = "chrf")
    {
        var o = options ?? new ChrFOptions();
        return new ReferenceMetricScorer(name, new ChrFMetric(o), new ReferenceMetricSettings("chrf", o.CharOrder, o.WordOrder, o.Beta, o.Lowercase, o.Whitespace, null));
    }

    /// <summary>A sentence-BLEU scorer (sacrebleu's sentence defaults: exp smoothing, effective order, 13a) named <c>bleu</c>.</summary>
    public static ReferenceMetricScorer Bleu(BleuOptions? options = null, string name = "bleu")
    {
        var o = options ?? BleuOptions.SentenceDefaults;
        return new ReferenceMetricScorer(name, new BleuMetric(o), new ReferenceMetricSettings("bleu", null, null, null, o.Lowercase, null, o.Tokenize));
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
        var details = JsonSerializer.Serialize(new ReferenceMetricDetails(row, references.Count, score.Signature, Settings), ReportJson.Options);
        return ValueTask.FromResult(Score.Of(score.Score, details));
    }
}
