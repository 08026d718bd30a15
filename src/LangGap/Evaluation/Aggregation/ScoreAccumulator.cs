using LangGap.Evaluation.Scoring;
using LangGap.Storage;

namespace LangGap.Evaluation.Aggregation;

/// <summary>Groups streamed rows (one dictionary lookup per row) and turns the groups into a <see cref="ScoreAggregation"/>.</summary>
internal sealed partial class ScoreAccumulator
{
    private readonly Dictionary<string, ScorerDefinition> _scorers;
    private readonly Dictionary<string, int> _widths;
    private readonly AggregationOptions _options;
    private readonly Dictionary<GroupKey, GroupData> _groups = [];
    private readonly List<PairwiseRow> _pairwise = [];
    private long _unknown;

    public ScoreAccumulator(IEnumerable<ScorerDefinition> scorers, AggregationOptions options)
    {
        _scorers = scorers.ToDictionary(s => s.Identity.Key, StringComparer.Ordinal);
        // The hook builds its metric to tell the width: ask once per scorer, not once per row.
        _widths = _scorers.ToDictionary(s => s.Key, s => s.Value.Corpus?.StatisticsWidth ?? 0, StringComparer.Ordinal);
        _options = options;
    }

    public void Add(in ScoreRow row)
    {
        if (!_widths.TryGetValue(row.Scorer, out var width))
        {
            _unknown++;
            return;
        }
        var metadata = row.Group.Length == 0 ? "" : string.Join('\u001f', row.Group.Select(v => v ?? "\u0000"));
        var key = new GroupKey(row.Task, row.Scorer, row.Model, row.Language, metadata);
        if (!_groups.TryGetValue(key, out var group))
        {
            group = new GroupData(row.Group);
            _groups[key] = group;
        }
        group.Add(row.SampleId, row.SampleIndex, row.Value, row.Statistics, width);
    }

    public void Add(in PairwiseRow row) => _pairwise.Add(row);

    public ScoreAggregation Finish(IReadOnlyList<RunMetadata> runs, IEnumerable<string> models, IEnumerable<string> languages)
    {
        var taskOrder = ConfigOrder.Of(runs, "tasks", "name");
        var modelList = ConfigOrder.Sort(models.Concat(_groups.Keys.Select(k => k.Model)), ConfigOrder.Of(runs, "models", "id"));
        var languageList = OrderLanguages(languages.Concat(_groups.Keys.Select(k => k.Language)));
        var reference = ScoreAggregator.ReferenceLanguageOf(_options, languageList);
        var tasks = ConfigOrder.Sort(_groups.Keys.Select(k => k.Task).Concat(_pairwise.Select(p => p.Task)), taskOrder);
        var modelIndex = Index(modelList);
        var languageIndex = Index(languageList);
        var taskIndex = Index(tasks);
        var ordered = _groups
            .OrderBy(g => taskIndex[g.Key.Task])
            .ThenBy(g => _scorers[g.Key.Scorer].Identity.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Scorer, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Metadata, StringComparer.Ordinal)
            .ThenBy(g => modelIndex[g.Key.Model]).ThenBy(g => languageIndex[g.Key.Language])
            .ToList();
        var groups = ordered.Select(g => Estimate(g.Key, g.Value)).ToList();
        var gaps = Gaps(groups, reference);
        var comparisons = Comparisons(ordered, modelList, languageIndex);
        var winRates = WinRates(ordered, modelList);
        var pairwise = PairwiseRates(modelIndex, languageIndex, taskIndex);
        return new ScoreAggregation(_scorers, tasks, modelList, languageList, reference, groups, gaps, comparisons, winRates, pairwise, _unknown)
        {
            ReferenceComparisons = ReferenceComparisons(ordered, reference, languageIndex),
        };
    }

    private ScoreGroup Estimate(GroupKey key, GroupData data)
    {
        var scorer = _scorers[key.Scorer];
        if (data.Values.Count == 0)
        {
            return new ScoreGroup(key.Task, scorer, key.Model, key.Language, data.Metadata, 0, data.Unscored, 0, null, null, null, IntervalMethod.None, null);
        }
        var promptMeans = data.PromptMeans();
        var (lower, upper, method) = ScoreIntervals.Of(scorer.Descriptor, promptMeans, data.Clustered, _options.Confidence);
        var mean = data.Values.Values.Order().Sum() / data.Values.Count;
        double? corpus = scorer.Corpus is { } hook && data.Totals is { } totals && !data.TotalsBroken ? hook.Score(totals) : null;
        return new ScoreGroup(key.Task, scorer, key.Model, key.Language, data.Metadata, data.Values.Count, data.Unscored, promptMeans.Length,
            mean, lower, upper, method, corpus);
    }

    private static List<LanguageGap> Gaps(List<ScoreGroup> groups, string? reference)
    {
        var gaps = new List<LanguageGap>();
        foreach (var measure in groups.Where(g => g.Mean is not null)
            .GroupBy(g => (g.Task, g.Scorer.Identity.Key, g.Model, Metadata: string.Join('\u001f', g.Metadata.Select(v => v ?? "\u0000")))))
        {
            var cells = measure.ToList();
            var descriptor = cells[0].Scorer.Descriptor;
            var worst = cells.Aggregate((w, c) => descriptor.IsBetter(w.Mean!.Value, c.Mean!.Value) ? c : w);
            var best = cells.Aggregate((b, c) => descriptor.IsBetter(c.Mean!.Value, b.Mean!.Value) ? c : b);
            var anchor = reference is null ? null : cells.FirstOrDefault(c => c.Language == reference);
            var toReference = anchor is null
                ? new Dictionary<string, double>()
                : cells.ToDictionary(c => c.Language, c => descriptor.Improvement(c.Mean!.Value, anchor.Mean!.Value), StringComparer.Ordinal);
            gaps.Add(new LanguageGap(cells[0].Task, cells[0].Scorer, cells[0].Model, cells[0].Metadata, cells.Average(c => c.Mean!.Value),
                worst.Language, worst.Mean!.Value, best.Language, best.Mean!.Value, Math.Abs(best.Mean!.Value - worst.Mean!.Value),
                anchor?.Language, toReference));
        }
        return gaps;
    }

    private static Dictionary<string, int> Index(List<string> names) =>
        names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);

    private List<string> OrderLanguages(IEnumerable<string> seen)
    {
        var order = _options.LanguageOrder.ToList();
        return [.. seen.Distinct(StringComparer.Ordinal)
            .OrderBy(l => order.IndexOf(l) is var i && i >= 0 ? i : int.MaxValue).ThenBy(l => l == "en" ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];
    }
}
