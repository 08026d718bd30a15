using System.Text.Json;
using System.Text.RegularExpressions;
using LangGap.Reasoning;

namespace LangGap.Tests.Assets;

/// <summary>The reason-demo suite is held out from the embedded corpus and its answers are what its problems ask.</summary>
public sealed partial class ReasonDemoSuiteTests
{
    private static string SuiteFile => Path.Combine(ReferenceData.RepositoryRoot, "assets", "suites", "reason-demo", "problems.jsonl");

    private static string CorpusDirectory => Path.Combine(ReferenceData.RepositoryRoot, "assets", "embedded", "corpus");

    [Fact]
    public async Task Problems_EveryAnswer_IsTheSumOfTheNumbersInThePrompt()
    {
        var samples = await ReasoningSuites.LoadDemoAsync(SuiteFile, default);

        Assert.Equal(300, samples.Count);
        Assert.Equal(10, samples.Select(s => s.Language.ToString()).Distinct().Count());
        Assert.All(samples, s => Assert.Equal(Number().Matches(s.Prompt).Sum(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), s.References[0]));
    }

    [Fact]
    public async Task Corpus_WorkedSolutions_NeverRepeatAReasonDemoProblem()
    {
        var prompts = (await File.ReadAllLinesAsync(SuiteFile)).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("prompt").GetString()!).ToList();
        var leaked = new List<string>();

        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.txt"))
        {
            var text = await File.ReadAllTextAsync(file);
            leaked.AddRange(prompts.Where(p => text.Contains("<|user|>" + p + "<|assistant|>", StringComparison.Ordinal)));
        }

        Assert.Empty(leaked);
    }

    [Fact]
    public async Task Corpus_WorkedSolutions_UseTheEmbeddedThinkingFormat()
    {
        var english = await File.ReadAllTextAsync(Path.Combine(CorpusDirectory, "en.txt"));
        var format = ThinkingFormat.Embedded;

        var worked = english.Split('\n').Where(l => l.Contains(format.Start, StringComparison.Ordinal)).ToList();

        Assert.True(worked.Count >= 1000, $"{worked.Count} worked solutions");
        Assert.All(worked, l => Assert.Matches(@"<\|assistant\|><\|think\|>[^<>]+<\|answer\|>Final Answer: \d+<\|end\|>", l));
        Assert.Contains(worked, l => l.Contains(". Wait, ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
