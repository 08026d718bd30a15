using System.Text.Json;
using LangGap.Tests.Models;
using LangGap.Torch.Training.Data;

namespace LangGap.Cli.Tests;

/// <summary><c>langgap steer</c> and <c>langgap prefs</c> end to end against a fake OpenAI-compatible server.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class SynthesisCommandTests
{
    private const string Judge = "You are grading";

    private static async Task<string> PromptsAsync(string dir, string field = "prompt")
    {
        var path = Path.Combine(dir, "prompts.jsonl");
        await File.WriteAllLinesAsync(path,
            from language in new[] { "en", "de" } from i in Enumerable.Range(1, 3)
            select $$"""{"id": "{{language}}-{{i}}", "language": "{{language}}", "{{field}}": "Prompt {{i}} in {{language}}."}""");
        return path;
    }

    private static async Task<string> ModelsAsync(string dir, FakeOpenAIServer server)
    {
        var path = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(path, $$"""
            { "cache_dir": "{{Path.Combine(dir, "cache").Replace("\\", "/")}}", "models": [
              { "id": "a", "model": "model-a", "url": "{{server.BaseUrl}}", "max_retries": 0 },
              { "id": "b", "model": "model-b", "url": "{{server.BaseUrl}}", "max_retries": 0 },
              { "id": "j", "model": "judge", "url": "{{server.BaseUrl}}", "max_retries": 0 } ] }
            """);
        return path;
    }

    // A completion whose length depends on the draw's seed; the judge rates longer answers higher.
    private static FakeReply Reply(FakeRequest request)
    {
        var content = request.LastContent;
        if (content.StartsWith(Judge, StringComparison.Ordinal))
        {
            var response = content[(content.IndexOf("[Response]", StringComparison.Ordinal) + 10)..].Trim();
            return FakeReply.Completion($"Fine. Score: {Math.Clamp(response.Length / 4, 1, 5)}");
        }
        var seed = request.Json.TryGetProperty("seed", out var s) ? s.GetInt64() : 0;
        var model = request.Json.GetProperty("model").GetString()!;
        return FakeReply.Completion($"{model} says " + string.Concat(Enumerable.Repeat("la ", (int)(seed % 5) + 1)).Trim());
    }

    [Fact]
    public async Task Steer_LengthMax_SelectsLongestWritesProvenanceAndProfilesAgainstRandom()
    {
        await using var server = new FakeOpenAIServer(Reply);
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);
        var models = await ModelsAsync(dir, server);
        var output = Path.Combine(dir, "steered.jsonl");
        var random = Path.Combine(dir, "random.jsonl");

        var result = await CliRunner.RunAsync("", "steer", "--prompts", prompts, "--model", "a", "--model", "b", "--models", models, "--k", "2",
            "--objective", "length:max", "--out", output, "--baseline-out", random, "--resamples", "500");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, rows.Count);
        foreach (var row in rows)
        {
            var candidates = row.GetProperty("candidates").EnumerateArray().ToList();
            Assert.Equal(4, candidates.Count);
            Assert.Equal(candidates.Max(c => c.GetProperty("attributes").GetProperty("length").GetDouble()), row.GetProperty("attributes").GetProperty("length").GetDouble());
            Assert.Contains(row.GetProperty("model").GetString(), new[] { "a", "b" });
            Assert.True(row.TryGetProperty("seed", out _));
            Assert.All(candidates, c => Assert.True(c.TryGetProperty("sample_index", out _)));
        }
        Assert.Equal(6, File.ReadAllLines(random).Length);
        Assert.Contains("selected vs a random choice from the same candidates", result.Out);
        Assert.Matches(@"\nall\s+length\s+6\s", result.Out);
        Assert.Contains("Holm", result.Out);
        var sft = await TrainingDataset.LoadAsync(output, null, CancellationToken.None);
        Assert.Equal(TrainingDataKind.PromptCompletion, sft.Kind);
    }

    [Fact]
    public async Task Prefs_JudgeTwoModels_TrlPreferenceFileAndRerunAsksNothing()
    {
        await using var server = new FakeOpenAIServer(Reply);
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);
        var models = await ModelsAsync(dir, server);
        var output = Path.Combine(dir, "pairs.jsonl");
        var store = Path.Combine(dir, "store");
        string[] args = ["prefs", "--prompts", prompts, "--model", "a", "--model", "b", "--models", models, "--judge", "j", "--k", "2", "--store", store];

        var result = await CliRunner.RunAsync("", [.. args, "--out", output]);
        var requests = server.RequestCount;
        var again = await CliRunner.RunAsync("", [.. args, "--out", Path.Combine(dir, "pairs2.jsonl")]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.InRange(requests, 6 * 4 + 1, 6 * 4 * 2); // 4 draws per prompt, each judged (identical judge requests come from the response cache)
        var loaded = await TrainingDataset.LoadAsync(output, null, CancellationToken.None);
        Assert.Equal(TrainingDataKind.Preference, loaded.Kind);
        Assert.NotEmpty(loaded.Records);
        Assert.All(loaded.Records, r => Assert.True(r.Chosen!.Length > r.Rejected!.Length));
        var row = JsonDocument.Parse(File.ReadLines(output).First()).RootElement;
        Assert.Equal("judge:max", row.GetProperty("objective").GetString());
        Assert.True(row.GetProperty("chosen_score").GetDouble() > row.GetProperty("rejected_score").GetDouble());
        Assert.StartsWith("Fine.", row.GetProperty("judge_verdicts").GetProperty("judge").GetProperty("chosen").GetProperty("details").GetProperty("rationale").GetString());
        Assert.Contains(row.GetProperty("chosen_from").GetProperty("model").GetString(), new[] { "a", "b" });
        Assert.Equal(0, row.GetProperty("seed").GetInt64());
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(requests, server.RequestCount);
        Assert.Contains("0 generated, 24 from store", again.Error);
        Assert.Equal(File.ReadAllText(output), File.ReadAllText(Path.Combine(dir, "pairs2.jsonl")));
    }

    [Fact]
    public async Task Prefs_Output_TrainDpoReadsItUnchanged()
    {
        await using var server = new FakeOpenAIServer(Reply);
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);
        var models = await ModelsAsync(dir, server);
        var pairs = Path.Combine(dir, "pairs.jsonl");
        var model = TinyModelFolder.Create();
        var trained = TinyModelFolder.TempPath("langgap-cli-dpo-");
        try
        {
            var prefs = await CliRunner.RunAsync("", "prefs", "--prompts", prompts, "--model", "a", "--models", models, "--objective", "length:max", "--k", "3", "--out", pairs);
            var train = await CliRunner.RunAsync("", "train", "dpo", "--model", model, "--data", pairs, "--steps", "1", "--batch-size", "2", "--out", trained);

            Assert.True(prefs.ExitCode == 0, prefs.Error);
            Assert.True(train.ExitCode == 0, train.Error);
            Assert.Contains("dpo: steps 1-1", train.Out);
        }
        finally
        {
            TinyModelFolder.Delete(model, trained);
        }
    }

    [Fact]
    public async Task Prefs_TranslateWith_RejectsWrongLanguageAndCounts()
    {
        await using var server = new FakeOpenAIServer(request =>
        {
            var content = request.LastContent;
            if (content.StartsWith("Translate", StringComparison.Ordinal))
            {
                return FakeReply.Completion(content.Contains("into German", StringComparison.Ordinal)
                    ? "Wie pflanze ich im Frühling Tomaten in einem kleinen Garten an?"
                    : "How do I plant tomatoes in a small garden in spring?");
            }
            return Reply(request);
        });
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = Path.Combine(dir, "prompts.jsonl");
        await File.WriteAllTextAsync(prompts, """{"id": "q", "language": "en", "prompt": "How do I plant tomatoes in a small garden in spring?"}""" + "\n");
        var models = await ModelsAsync(dir, server);
        var output = Path.Combine(dir, "pairs.jsonl");

        var result = await CliRunner.RunAsync("", "prefs", "--prompts", prompts, "--model", "a", "--models", models, "--translate-with", "b",
            "--languages", "de,fr", "--objective", "length:max", "--k", "3", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("de       native 0, asked 1, kept 1, rejected 0", result.Out);
        Assert.Contains("fr       native 0, asked 1, kept 0, rejected 1 (1 wrong language, 0 unsure)", result.Out);
        var row = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        Assert.Equal("de", row.GetProperty("language").GetString());
        Assert.StartsWith("Wie pflanze", row.GetProperty("prompt").GetString());
        Assert.Equal("q", row.GetProperty("metadata").GetProperty("source_id").GetString());
    }

    [Fact]
    public async Task Steer_PromptFileWithoutField_FileLineExitTwoNothingWritten()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir, field: "question");
        var output = Path.Combine(dir, "out.jsonl");

        var result = await CliRunner.RunAsync("", "steer", "--prompts", prompts, "--objective", "length:max", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{prompts}:1: the prompt field 'prompt' is missing or empty (fields: 'id', 'language', 'question').", result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Steer_ConversationalPrompt_FileLineSaysTextExpected()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = Path.Combine(dir, "turns.jsonl");
        await File.WriteAllTextAsync(prompts, """
            {"language": "sw", "prompt": "Habari?"}
            {"language": "sw", "prompt": [{"role": "user", "content": "Habari?"}]}
            """);

        var result = await CliRunner.RunAsync("", "steer", "--prompts", prompts, "--objective", "length:max", "--out", Path.Combine(dir, "o.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{prompts}:2: the prompt field 'prompt' is a JSON array, not text", result.Error);
    }

    [Theory]
    [InlineData("steer", "--objective", "length:max", "best-of-k needs at least two candidates per prompt")]
    [InlineData("prefs", "--objective", "length:max", "a preference pair needs at least two candidates per prompt")]
    public async Task Synthesis_KBelowTwo_ExitTwoSaying(string command, string option, string value, string expected)
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);

        var result = await CliRunner.RunAsync("", command, "--prompts", prompts, option, value, "--k", "1", "--out", Path.Combine(dir, "o.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--samples (k) is 1 with 1 --model; " + expected, result.Error);
    }

    [Fact]
    public async Task Steer_UnknownAttribute_SentenceListsKnownOnes()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);

        var result = await CliRunner.RunAsync("", "steer", "--prompts", prompts, "--objective", "sparkle:max", "--out", Path.Combine(dir, "o.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--objective: The objective names an unknown attribute 'sparkle'; known attributes: fidelity, judge, length, length-tokens, length-words, mtld, mtld-ld, mtld-ma-bid, mtld-ma-wrap, profanity, readability, reward, ttr.", result.Error);
    }

    [Fact]
    public async Task Prefs_EveryCandidateFails_ExitTwoNoOutput()
    {
        await using var server = new FakeOpenAIServer(_ => FakeReply.Error(500));
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);
        var models = await ModelsAsync(dir, server);
        var output = Path.Combine(dir, "pairs.jsonl");

        var result = await CliRunner.RunAsync("", "prefs", "--prompts", prompts, "--model", "a", "--models", models, "--objective", "length:max", "--k", "2", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Every candidate failed", result.Error);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Steer_OutputExists_RefusedNeverOverwritten()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var prompts = await PromptsAsync(dir);
        var output = Path.Combine(dir, "o.jsonl");
        await File.WriteAllTextAsync(output, "earlier\n");

        var result = await CliRunner.RunAsync("", "steer", "--prompts", prompts, "--objective", "length:max", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already exists", result.Error);
        Assert.Equal("earlier\n", File.ReadAllText(output));
    }
}
