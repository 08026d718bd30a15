using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Models;
using LangGap.Storage;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation;

/// <summary>The run used by the reliability tests and by the child process of the kill-and-resume test.</summary>
public static class ReliabilityScenario
{
    public const string KeyVariable = "LANGGAP_TEST_CANARY_KEY";
    public const string ApiKey = "sk-canary-7f3a9c1e5b2d4a6f0e8c";
    private static readonly string[] Languages = ["en", "hi", "ar", "zh", "th", "sw"];

    public static async Task WriteDatasetAsync(string path, int count)
    {
        var lines = Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new
        {
            id = $"q{i:0000}",
            language = Languages[i % Languages.Length],
            prompt = $"Q{i}: {i % 7}+{i % 5}",
            reference = (i % 7 + i % 5).ToString(CultureInfo.InvariantCulture),
        }));
        await File.WriteAllLinesAsync(path, lines);
    }

    public static int Index(FakeRequest request)
    {
        var content = request.LastContent;
        return int.Parse(content[1..content.IndexOf(':')], CultureInfo.InvariantCulture);
    }

    /// <summary>The right answer, written in the digits of the question's language.</summary>
    public static FakeReply Answer(FakeRequest request)
    {
        var i = Index(request);
        var sum = (i % 7 + i % 5).ToString(CultureInfo.InvariantCulture);
        var zero = (i % Languages.Length) switch { 1 => '०', 2 => '٠', 4 => '๐', _ => '0' };
        var digits = new string(sum.Select(c => (char)(zero + (c - '0'))).ToArray());
        return FakeReply.Completion($"Let me think. The answer is {digits}.");
    }

    public static ModelsFile Models(Uri baseUrl, string cacheDirectory) => ModelsFile.Parse(JsonSerializer.Serialize(new
    {
        cache_dir = cacheDirectory,
        models = new[]
        {
            new
            {
                id = "fake-aya",
                model = "aya-fake",
                api_key_env = KeyVariable,
                url = baseUrl.ToString(),
                max_concurrency = 8,
                max_retries = 3,
                timeout_seconds = 3.0,
                retry_base_delay_seconds = 0.001,
                retry_max_delay_seconds = 0.01,
                temperature = 0.0,
            },
        },
    }), "reliability-models.json");

    public static EvaluationRun Run(string datasetPath, ModelRegistry registry) => new(
        [new EvalTask("sums", new DatasetSpec { Format = DatasetFormat.Jsonl, Path = datasetPath }, new PromptTemplate { User = "{prompt}" },
            new GenerationOptions { MaxTokens = 32 }, [new NumericMatchScorer()])],
        [RunModel.From(registry, "fake-aya")],
        new RunOptions { MaxConcurrency = 8, Seed = 5, MaxFailureFraction = 0.5 });

    /// <summary>The child-process side of the kill-and-resume test: run until done (or killed).</summary>
    public static async Task<int> RunChildAsync(string directory, Uri baseUrl)
    {
        using var registry = new ModelRegistry(Models(baseUrl, Path.Combine(directory, "cache")));
        await using var store = await RunStore.OpenAsync(Path.Combine(directory, "run.db"), default);
        var summary = await new EvaluationRunner().RunAsync(Run(Path.Combine(directory, "data.jsonl"), registry), store, null, default);
        Console.WriteLine(summary);
        return 0;
    }

    /// <summary>Every file under <paramref name="directory"/> whose bytes contain the key (UTF-8 or UTF-16).</summary>
    public static IReadOnlyList<string> FilesContainingKey(string directory)
    {
        var utf8 = Encoding.UTF8.GetBytes(ApiKey);
        var utf16 = Encoding.Unicode.GetBytes(ApiKey);
        return [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllBytes(f) is var bytes && (bytes.AsSpan().IndexOf(utf8) >= 0 || bytes.AsSpan().IndexOf(utf16) >= 0))];
    }
}
