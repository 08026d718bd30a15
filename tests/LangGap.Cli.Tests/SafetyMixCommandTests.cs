using System.Text.Json;
using LangGap.Torch.Training.Data;

namespace LangGap.Cli.Tests;

public sealed class SafetyMixCommandTests
{
    private static async Task<string> GeneralFileAsync(string dir, bool withCompletions = true)
    {
        var path = Path.Combine(dir, "general.jsonl");
        await File.WriteAllLinesAsync(path,
            from language in new[] { "en", "fr", "es", "ru" } from i in Enumerable.Range(1, 10)
            select withCompletions
                ? $$"""{"id": "g-{{language}}-{{i}}", "language": "{{language}}", "prompt": "Question {{i}} ({{language}})", "completion": "Answer {{i}} ({{language}})"}"""
                : $$"""{"id": "g-{{language}}-{{i}}", "language": "{{language}}", "prompt": "Question {{i}} ({{language}})"}""");
        return path;
    }

    [Fact]
    public async Task SafetyMix_SameSeed_SameFilesWithRatioStrataAndProvenance()
    {
        // Arrange
        var dir = Directory.CreateTempSubdirectory().FullName;
        var general = await GeneralFileAsync(dir);

        // Act
        var first = await CliRunner.RunAsync("", "safety-mix", "--general", general, "--ratio", "0.5", "--size", "32", "--seed", "4", "--out", Path.Combine(dir, "one"));
        var second = await CliRunner.RunAsync("", "safety-mix", "--general", general, "--ratio", "0.5", "--size", "32", "--seed", "4", "--out", Path.Combine(dir, "two"));
        var other = await CliRunner.RunAsync("", "safety-mix", "--general", general, "--ratio", "0.5", "--size", "32", "--seed", "5", "--out", Path.Combine(dir, "three"));

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("safety-mix: 16 red-team + 16 general examples (ratio 0.5, seed 4)", first.Out);
        var sft = await File.ReadAllTextAsync(Path.Combine(dir, "one", "sft.jsonl"));
        Assert.Equal(sft, await File.ReadAllTextAsync(Path.Combine(dir, "two", "sft.jsonl")));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(dir, "one", "dpo.jsonl")), await File.ReadAllTextAsync(Path.Combine(dir, "two", "dpo.jsonl")));
        Assert.NotEqual(sft, await File.ReadAllTextAsync(Path.Combine(dir, "three", "sft.jsonl")));
        var records = sft.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var redTeam = records.Where(r => r.GetProperty("provenance").GetProperty("source").GetString() == "redteam").ToList();
        Assert.Equal(16, redTeam.Count);
        Assert.Equal(8, redTeam.Select(r => r.GetProperty("language").GetString()).Distinct().Count()); // 2 per language: stratified
        Assert.All(redTeam, r => Assert.StartsWith("template:", r.GetProperty("provenance").GetProperty("chosen_from").GetString()));
        Assert.All(redTeam, r => Assert.Equal("prompts.jsonl", r.GetProperty("provenance").GetProperty("source_file").GetString()));
        Assert.All(redTeam, r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("provenance").GetProperty("global_or_local").ValueKind));
        Assert.Equal(4, records.Where(r => r.GetProperty("provenance").GetProperty("source").GetString() == "general").Select(r => r.GetProperty("language").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task SafetyMix_Files_ReadByTrainAsSftAndPreference()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var result = await CliRunner.RunAsync("", "safety-mix", "--general", await GeneralFileAsync(dir), "--ratio", "0.15", "--out", Path.Combine(dir, "mix"));
        Assert.True(result.ExitCode == 0, result.Error);

        var sft = await TrainingDataset.LoadAsync(Path.Combine(dir, "mix", "sft.jsonl"), null, CancellationToken.None);
        var dpo = await TrainingDataset.LoadAsync(Path.Combine(dir, "mix", "dpo.jsonl"), null, CancellationToken.None);

        Assert.Equal(TrainingDataKind.PromptCompletion, sft.Kind);
        Assert.Equal(TrainingDataKind.Preference, dpo.Kind);
        Assert.Equal(47, dpo.Records.Count); // 40 general / 0.85 → 47: 7 red-team + 40 general
        // 7 red-team examples over 16 language × global/local strata: the global strata by largest remainder, fr among them.
        Assert.Contains(dpo.Records, r => r.Language == "fr" && r.Rejected == "Bien sûr ! Voici :"
            && r.Chosen == "Désolé, je ne peux pas vous aider avec cela : ce serait blessant pour d'autres personnes. Je peux vous aider avec autre chose.");
        Assert.Contains(dpo.Records, r => r.Language == "fr" && r.Chosen!.StartsWith("Answer", StringComparison.Ordinal) && r.Rejected!.StartsWith("Désolé", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--ratio", "1.5", "--ratio must lie in [0, 1]")]
    [InlineData("--size", "1000", "needs")]
    public async Task SafetyMix_BadOptions_ExitTwo(string option, string value, string message)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;

        var result = await CliRunner.RunAsync("", "safety-mix", "--general", await GeneralFileAsync(dir), option, value, "--out", Path.Combine(dir, "mix"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task SafetyMix_GeneralWithoutCompletionsAndNoTeacher_ExitsTwo()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;

        var result = await CliRunner.RunAsync("", "safety-mix", "--general", await GeneralFileAsync(dir, withCompletions: false), "--out", Path.Combine(dir, "mix"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no completion", result.Error);
    }

    [Fact]
    public async Task SafetyMix_ExistingOutput_IsNeverOverwritten()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var general = await GeneralFileAsync(dir);
        var mix = Path.Combine(dir, "mix");
        Assert.Equal(0, (await CliRunner.RunAsync("", "safety-mix", "--general", general, "--out", mix)).ExitCode);
        var before = await File.ReadAllTextAsync(Path.Combine(mix, "sft.jsonl"));

        var again = await CliRunner.RunAsync("", "safety-mix", "--general", general, "--seed", "9", "--out", mix);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(mix, "sft.jsonl")));
    }
}
