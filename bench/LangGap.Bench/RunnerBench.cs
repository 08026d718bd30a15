using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;
using LangGap.Models;
using LangGap.Storage;

namespace LangGap.Bench;

/// <summary>End-to-end runner throughput (client stack + SQLite store + scorers) against a loopback stub server, vs direct HttpClient calls.</summary>
internal static class RunnerBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 && args[0] == "--n" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        await using var server = new StubOpenAIServer("The answer is 42.");
        Console.WriteLine($"runner bench: {n} generations per setting (k=1, 2 scorers, SQLite store on disk), stub server {server.BaseUrl}");
        Console.WriteLine($"{"concurrency",11} {"direct req/s",13} {"runner gen/s",13} {"ratio",6} {"direct µs/req",14} {"runner µs/gen",14} {"no-HTTP gen/s",17}");
        foreach (var concurrency in new[] { 1, 16, 64 })
        {
            var count = concurrency == 1 ? Math.Min(n, 3_000) : n;
            var direct = await DirectAsync(server.BaseUrl, count, concurrency);
            var runner = await RunnerAsync(server.BaseUrl, count, concurrency, http: true);
            var inProcess = await RunnerAsync(server.BaseUrl, count, concurrency, http: false);
            Console.WriteLine(
                $"{concurrency,11} {count / direct.TotalSeconds,13:0} {count / runner.TotalSeconds,13:0} {direct / runner,6:0.00} "
                + $"{direct.TotalMicroseconds / count,14:0.0} {runner.TotalMicroseconds / count,14:0.0} {count / inProcess.TotalSeconds,17:0}");
        }
        return 0;
    }

    private static async Task<TimeSpan> DirectAsync(Uri baseUrl, int count, int concurrency)
    {
        using var http = OpenAICompatibleChatClient.CreateHttpClient();
        var uri = new Uri(baseUrl + "/chat/completions");
        var body = """{"model":"stub","messages":[{"role":"user","content":"What is 6 times 7?"}],"temperature":0}"""u8.ToArray();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
        });
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RunnerAsync(Uri baseUrl, int count, int concurrency, bool http)
    {
        var directory = Directory.CreateTempSubdirectory("langgap-bench-");
        try
        {
            var file = ModelsFile.Parse($$"""{ "models": [ { "id": "stub", "url": "{{baseUrl}}", "max_concurrency": {{concurrency}} } ] }""", "bench.json");
            using var registry = new ModelRegistry(file);
            var samples = Enumerable.Range(0, count).Select(i => Sample.FromPrompt($"s{i}", LanguageTag.Parse(i % 2 == 0 ? "en" : "hi"), $"What is {i} times 7?", ["42"])).ToList();
            var task = new EvalTask("bench", new InMemoryDataset("bench", samples), PromptTemplate.Identity, new GenerationOptions { Temperature = 0 },
                [new NumericMatchScorer(), new LengthScorer()]);
            var model = http ? RunModel.From(registry, "stub") : new RunModel("stub", new InstantChatClient("The answer is 42."));
            var run = new EvaluationRun([task], [model], new RunOptions { MaxConcurrency = concurrency });
            await using var store = await RunStore.OpenAsync(Path.Combine(directory.FullName, "run.db"), default);
            var watch = Stopwatch.StartNew();
            var summary = await new EvaluationRunner().RunAsync(run, store, null, default);
            var elapsed = watch.Elapsed;
            if (summary.Generated != count || summary.Failed != 0)
            {
                throw new InvalidOperationException($"The runner did not complete cleanly: {summary}.");
            }
            return elapsed;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
