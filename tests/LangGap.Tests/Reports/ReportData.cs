using LangGap.Storage;

namespace LangGap.Tests.Reports;

/// <summary>Hand-made store rows for report tests.</summary>
internal static class ReportData
{
    private static readonly DateTimeOffset When = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static RunMetadata Run { get; } = new("run1", When, """{"tasks":[{"name":"qa"},{"name":"tr"}]}""", """{"langgap":"0.1.0"}""", 0);

    public static GenerationRecord Generation(string model, string language, string sample, string text = "out", string task = "qa", bool failed = false, string prompt = "question", int index = 0) =>
        new($"{task}|{model}|{sample}|{index}", "run1", task, sample, language, index, model, 0,
            System.Text.Json.JsonSerializer.Serialize(new[] { new Dictionary<string, string> { ["role"] = "user", ["content"] = prompt } }),
            failed ? null : text, 1, 1, 1, 1, failed ? GenerationStatus.Failed : GenerationStatus.Ok, failed ? "boom" : null, "stop", When);

    public static ScoreRecord Score(GenerationRecord g, string scorer, double? value, string? details = null) =>
        new(g.Key, scorer, value, value is null ? "could not score" : null, details, When);

    /// <summary>Two models, en and de, four samples each; one unscored and one failed generation for model a in de.</summary>
    public static (List<GenerationRecord> Generations, List<ScoreRecord> Scores) TwoModels()
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
                scores.Add(Score(g, "acc", v[i]));
            }
        }
        var unscored = Generation("a", "de", "de-9");
        generations.Add(unscored);
        scores.Add(Score(unscored, "acc", null));
        generations.Add(Generation("a", "de", "de-8", failed: true));
        return (generations, scores);
    }
}
