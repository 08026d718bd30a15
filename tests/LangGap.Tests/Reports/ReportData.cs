using LangGap.Evaluation.Scoring;
using LangGap.Reports;
using LangGap.Storage;

namespace LangGap.Tests.Reports;

/// <summary>Hand-made store rows for report tests.</summary>
internal static class ReportData
{
    private static readonly DateTimeOffset When = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static RunMetadata Run { get; } = new("run1", When, """{"tasks":[{"name":"qa"},{"name":"tr"}]}""", """{"langgap":"0.1.0"}""", 0);

    /// <summary>The scorers the rows use, by name: what the store's scorers table would hold.</summary>
    public static IReadOnlyDictionary<string, ScorerDefinition> Scorers { get; } = new Dictionary<string, ScorerDefinition>
    {
        ["acc"] = new(ScorerIdentity.Of("acc", null), ScoreDescriptor.PassRate, null, null),
        ["harm"] = new(ScorerIdentity.Of("harm", null), ScoreDescriptor.BadRate, null, null),
        ["judge"] = new(ScorerIdentity.Of("judge", new { Judge = "big-judge" }), ScoreDescriptor.Likert(1, 5), null, "big-judge"),
        ["len"] = new(ScorerIdentity.Of("len", null), new ScoreDescriptor(ScoreKind.Graded, 0, double.PositiveInfinity, ScoreDirection.HigherIsBetter, "words", 1), null, null),
        ["chrf"] = ScorerDefinition.Of(ReferenceMetricScorer.ChrF()),
    };

    public static GenerationRecord Generation(string model, string language, string sample, string text = "out", string task = "qa", bool failed = false, string prompt = "question", int index = 0) =>
        new($"{task}|{model}|{sample}|{index}", "run1", task, sample, language, index, model, 0,
            System.Text.Json.JsonSerializer.Serialize(new[] { new Dictionary<string, string> { ["role"] = "user", ["content"] = prompt } }),
            failed ? null : text, 1, 1, 1, 1, failed ? GenerationStatus.Failed : GenerationStatus.Ok, failed ? "boom" : null, "stop", When);

    public static ScoreRecord Score(GenerationRecord g, string scorer, double? value, IReadOnlyList<double>? statistics = null) =>
        new(g.Key, Scorers[scorer].Identity.Key, value, value is null ? "could not score" : null, null, When) { Statistics = statistics };

    public static RunReport Build(IReadOnlyList<GenerationRecord> generations, IReadOnlyList<ScoreRecord> scores, ReportOptions? options = null,
        RunMetadata? run = null, IReadOnlyList<PairwiseVerdictRecord>? pairwise = null) =>
        ReportBuilder.Build([run ?? Run], [.. Scorers.Values], generations, scores, options ?? new ReportOptions(), pairwise);

    /// <summary>Two models, en and de, four samples each; one unscored and one failed generation for model a in de.</summary>
    public static (List<GenerationRecord> Generations, List<ScoreRecord> Scores) TwoModels(string scorer = "acc")
    {
        var values = new Dictionary<(string, string), double[]>
        {
            [("a", "en")] = [1, 1, 1, 0],
            [("b", "en")] = [0, 0, 1, 0],
            [("a", "de")] = [1, 0, 0, 0],
            [("b", "de")] = [0, 0, 0, 0],
        };
        var generations = new List<GenerationRecord>();
        var scores = new List<ScoreRecord>();
        foreach (var ((model, language), v) in values)
        {
            for (var i = 0; i < v.Length; i++)
            {
                var g = Generation(model, language, $"{language}-{i}");
                generations.Add(g);
                scores.Add(Score(g, scorer, v[i]));
            }
        }
        var unscored = Generation("a", "de", "de-9");
        generations.Add(unscored);
        scores.Add(Score(unscored, scorer, null));
        generations.Add(Generation("a", "de", "de-8", failed: true));
        return (generations, scores);
    }
}
