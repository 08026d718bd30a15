using System.Text.Json;
using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

/// <summary>Parity with sacrebleu 2.6.0 on the 16 WMT17 en→de systems (read from ../shared/reference), to 1e-4.</summary>
public class Wmt17ParityTests
{
    private const double Tolerance = 1e-4;
    private const string Scores = "wmt17-en-de.scores.json";
    private const string Folder = "wmt17-en-de";

    private static readonly Lazy<JsonDocument> Expected = new(() => JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf(Scores))));

    private static readonly Lazy<IReadOnlyList<string>> Reference = new(() => Read("reference"));

    internal static readonly string[] SupportedKeys = ["bleu", "bleu_intl", "bleu_char", "bleu_floor", "bleu_addk", "bleu_none_smooth", "bleu_lc", "chrf", "chrfpp", "chrf_ws", "ter"];

    public static TheoryData<string> Keys => new(SupportedKeys);

    // sacrebleu reads with Python's 'utf-8' codec, which keeps a leading byte-order mark as U+FEFF in the first
    // segment (online-A starts with one), so these tests keep it too; LineFile would strip it.
    internal static IReadOnlyList<string> Read(string name)
    {
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(ReferenceData.PathOf(Folder), name + ".txt")));
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    [ReferenceTheory(Scores, Folder)]
    [MemberData(nameof(Keys))]
    public void Score_EverySystem_MatchesSacrebleu(string key)
    {
        var metric = ReferenceSettings.Create(key);
        var failures = new List<string>();
        var checkedSystems = 0;
        foreach (var system in Expected.Value.RootElement.GetProperty("corpus").EnumerateObject())
        {
            var expected = system.Value.GetProperty(key);
            var score = metric.Score(metric.ComputeStatistics(Read(system.Name), [Reference.Value]).Total());
            if (Math.Abs(score.Score - expected.GetProperty("score").GetDouble()) > Tolerance)
            {
                failures.Add($"{system.Name}: expected {expected.GetProperty("score").GetDouble()}, got {score.Score}");
            }
            if (score.Signature != ReferenceSettings.WithOurVersion(expected.GetProperty("signature").GetString()!))
            {
                failures.Add($"{system.Name}: signature {score.Signature}");
            }
            checkedSystems++;
        }
        Assert.Equal(16, checkedSystems);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [ReferenceTheory(Scores, Folder)]
    [InlineData("sentence_bleu")]
    [InlineData("sentence_chrf")]
    public void ScoreSegment_First300Lines_MatchesSacrebleu(string key)
    {
        var metric = ReferenceSettings.CreateSentence(key);
        var failures = new List<string>();
        foreach (var system in Expected.Value.RootElement.GetProperty(key).EnumerateObject())
        {
            var expected = system.Value.EnumerateArray().Select(v => v.GetDouble()).ToList();
            var hyps = Read(system.Name).Take(expected.Count).ToList();
            var stats = metric.ComputeStatistics(hyps, [Reference.Value.Take(expected.Count).ToList()]);
            for (var i = 0; i < expected.Count; i++)
            {
                var actual = metric.ScoreSegment(stats.Row(i)).Score;
                if (Math.Abs(actual - expected[i]) > Tolerance)
                {
                    failures.Add($"{system.Name} line {i + 1}: expected {expected[i]}, got {actual}");
                }
            }
            Assert.Equal(300, expected.Count);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
