using System.Globalization;
using LangGap.Metrics;
using LangGap.Pruning;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Pruning;

/// <summary>Retrains the same translation model on the full corpus and on pruned corpora, decodes a held-out test
/// set greedily, and compares chrF, chrF++ and BLEU against the full-data model with sacrebleu's paired bootstrap,
/// per language pair (the library side of <c>langgap prune-eval</c>).</summary>
/// <remarks>Every system is trained from the same initialisation seed with the same settings and number of steps;
/// models live in <c>work/&lt;name&gt;/</c> and are reused when the data and settings match, so a killed run resumes.</remarks>
public static class RetrainComparison
{
    /// <summary>Trains, decodes and compares; <paramref name="systems"/>[0] is the full-data baseline.</summary>
    public static RetrainComparisonResult Run(
        IReadOnlyList<(string Name, ParallelCorpus Train)> systems, ParallelCorpus test, RetrainSettings settings,
        string workDirectory, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(settings);
        if (systems.Count < 2)
        {
            throw new ArgumentException("Expected the full corpus and at least one pruned corpus.", nameof(systems));
        }
        var encoding = new TranslationEncoding(settings.MaxTokens);
        var hypotheses = new List<IReadOnlyList<string>>();
        foreach (var (name, train) in systems)
        {
            var pairs = CorpusPruner.Encode(train.Examples, encoding);
            var training = settings.Training with { Seed = settings.Seed };
            var model = CheckpointedTraining.Run(pairs, settings.Config, training, [settings.Steps], Path.Combine(workDirectory, name), progress, cancellationToken)[0];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            hypotheses.Add(Translator.Translate(model, encoding, test.Examples.Select(e => e.Source).ToArray(),
                test.Examples.Select(e => e.TargetLanguage).ToArray(), settings.MaxNewTokens, cancellationToken: cancellationToken));
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{name}: trained on {train.Count} pairs, decoded {test.Count} test sources in {clock.Elapsed.TotalSeconds:F1}s"));
        }
        var metrics = new ICorpusMetric[]
        {
            CorpusMetricFactory.Create("chrf"),
            CorpusMetricFactory.Create("chrf", new MetricSettings { ChrFWordOrder = 2 }),
            CorpusMetricFactory.Create("bleu"),
        };
        var names = systems.Select(s => s.Name).ToArray();
        var byPair = new List<PairComparison>();
        foreach (var group in test.Examples.Select((e, i) => (e.Pair, i)).GroupBy(p => p.Pair).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.Select(p => p.i).ToArray();
            IReadOnlyList<string>[] references = [rows.Select(i => test.Examples[i].Target).ToArray()];
            var outputs = hypotheses.Select(h => (IReadOnlyList<string>)rows.Select(i => h[i]).ToArray()).ToArray();
            var tester = new PairedCorpusTest(rows.Length, settings.PairedTest);
            var results = metrics.Select(m => tester.Run(m, names, m.ComputeStatistics(outputs, references), 1)).ToArray();
            byPair.Add(new PairComparison(group.Key, rows.Length, results));
        }
        return new RetrainComparisonResult(names, systems.Select(s => s.Train.Count).ToArray(), hypotheses, byPair);
    }
}
