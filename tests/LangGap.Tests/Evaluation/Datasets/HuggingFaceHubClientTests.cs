using System.Net;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation.Datasets;

public sealed class HuggingFaceHubClientTests
{
    /// <summary>Answers Hub API calls from memory and records them (no network).</summary>
    private sealed class FakeHub(byte[] parquet) : HttpMessageHandler
    {
        public List<(string Url, string? Auth)> Calls { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
            var path = request.RequestUri.AbsolutePath;
            var response = path == "/api/datasets/CohereLabs/aya_redteaming/parquet/default/test"
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[\"https://hub.test/files/0.parquet\", \"https://hub.test/files/1.parquet\"]") }
                : path.StartsWith("/files/", StringComparison.Ordinal)
                    ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(parquet) }
                    : new HttpResponseMessage(HttpStatusCode.NotFound);
            return Task.FromResult(response);
        }
    }

    private static DatasetSpec Spec(string cache, bool offline) => new()
    {
        Format = DatasetFormat.HuggingFace,
        Path = "CohereLabs/aya_redteaming",
        HubSplit = "test",
        Hub = new HuggingFaceHubOptions { CacheDirectory = cache, Offline = offline, Endpoint = new Uri("https://hub.test") },
    };

    [Fact]
    public async Task Load_Online_DownloadsEveryFileOnceThenUsesCache()
    {
        using var directory = new TestDirectory();
        var source = directory.File("one.parquet");
        await ParquetFiles.WriteAsync(source, [new ParquetRow { id = "x", language = "fr", prompt = "Bonjour" }]);
        var hub = new FakeHub(await File.ReadAllBytesAsync(source));
        using var http = new HttpClient(hub);
        var cache = directory.File("cache");

        var first = await DatasetLoader.LoadAsync(Spec(cache, offline: false), http, default);
        var calls = hub.Calls.Count;
        var second = await DatasetLoader.LoadAsync(Spec(cache, offline: true), http, default);

        Assert.Equal(3, calls);
        Assert.Equal(3, hub.Calls.Count);
        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(s => s.Prompt), second.Select(s => s.Prompt));
    }

    [Fact]
    public async Task Load_OfflineWithLocalCache_ReadsGeneratedParquet()
    {
        using var directory = new TestDirectory();
        var cache = directory.File("cache");
        var split = Path.Combine(cache, "datasets", "CohereLabs--aya_redteaming", "default", "test");
        await ParquetFiles.WriteAsync(Path.Combine(split, "0000.parquet"), [new ParquetRow { id = "r1", language = "hi", prompt = "नमस्ते" }]);
        await File.WriteAllTextAsync(Path.Combine(split, "complete"), "0000.parquet\n");

        var samples = await Spec(cache, offline: true).LoadAsync(default);

        Assert.Equal("नमस्ते", Assert.Single(samples).Prompt);
    }

    [Fact]
    public async Task Load_OfflineNotCached_ErrorSaysOffline()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Spec(directory.File("cache"), offline: true).LoadAsync(default));

        Assert.Contains("offline", error.Message);
    }

    [Fact]
    public async Task GetParquetFiles_MalformedRepository_Errors()
    {
        var client = new HuggingFaceHubClient(new HuggingFaceHubOptions { Offline = true });

        await Assert.ThrowsAsync<InvalidInputException>(() => client.GetParquetFilesAsync("../etc", "default", "test", default));
    }
}
