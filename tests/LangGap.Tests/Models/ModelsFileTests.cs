using LangGap.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Models;

public sealed class ModelsFileTests
{
    private const string Yaml = """
        cache_dir: /tmp/cache
        models:
          - id: aya-23-8b
            model: CohereForAI/aya-23-8B
            api: completions
            template: cohere
            api_key_env: VLLM_KEY
            endpoints:
              - { url: "http://10.0.0.1:8000/v1", max_concurrency: 64 }
              - url: http://10.0.0.2:8000/v1
            temperature: 0
            max_tokens: 256
            timeout_seconds: 30
            max_retries: 2
          - id: llama
            url: http://127.0.0.1:8001/v1
        """;

    [Fact]
    public void Parse_ValidYaml_ReadsEveryModelAndSetting()
    {
        var file = ModelsFile.Parse(Yaml, "models.yaml");

        Assert.Equal("/tmp/cache", file.CacheDirectory);
        var aya = file.Get("aya-23-8b");
        Assert.Equal("CohereForAI/aya-23-8B", aya.ServedModel);
        Assert.Equal("cohere", aya.Template);
        Assert.Equal(2, aya.Endpoints.Count);
        Assert.Equal(64, aya.Endpoints[0].MaxConcurrency);
        Assert.Equal(16, aya.Endpoints[1].MaxConcurrency);
        Assert.Equal("VLLM_KEY", aya.Endpoints[1].ApiKeyVariable);
        Assert.Equal(TimeSpan.FromSeconds(30), aya.Retry.AttemptTimeout);
        Assert.Equal(2, aya.Retry.MaxRetries);
        Assert.Equal(256, aya.MaxTokens);
        var llama = file.Get("llama");
        Assert.Equal("llama", llama.ServedModel);
        Assert.Null(llama.Template);
    }

    [Fact]
    public void Parse_Json_ReadsSameShape()
    {
        var file = ModelsFile.Parse("""{ "models": [ { "id": "m", "url": "http://127.0.0.1:9/v1", "max_concurrency": 4 } ] }""", "models.json");

        Assert.Equal(4, Assert.Single(file.Models).Endpoints[0].MaxConcurrency);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsThemAllAtOnce()
    {
        const string bad = """
            models:
              - id: a
                api: completions
                url: ftp://x
              - model: no-id
                url: http://127.0.0.1:1/v1
                temperature: -1
              - id: a
                url: http://127.0.0.1:1/v1
                template: vicuna
                api: completions
            """;

        var error = Assert.Throws<InvalidInputException>(() => ModelsFile.Parse(bad, "models.yaml"));

        Assert.StartsWith("models.yaml: 6 problems:", error.Message);
        Assert.Contains("'template' is required", error.Message);
        Assert.Contains("absolute http(s) URL", error.Message);
        Assert.Contains("'id' is required", error.Message);
        Assert.Contains("'temperature' must be 0 or more", error.Message);
        Assert.Contains("'vicuna'", error.Message);
        Assert.Contains("used twice", error.Message);
    }

    [Fact]
    public void Parse_ApiKeyInFile_IsRejected()
    {
        var error = Assert.Throws<InvalidInputException>(() => ModelsFile.Parse("models:\n  - id: m\n    url: http://127.0.0.1:1/v1\n    api_key: sk-123\n", "m.yaml"));

        Assert.Contains("api_key_env", error.Message);
        Assert.DoesNotContain("sk-123", error.Message);
    }

    [Fact]
    public void Parse_UnknownKey_ErrorNamesFileAndLine()
    {
        var error = Assert.Throws<InvalidInputException>(() => ModelsFile.Parse("models:\n  - id: m\n    urll: http://x\n", "m.yaml"));

        Assert.StartsWith("m.yaml:3:", error.Message);
    }

    [Fact]
    public async Task Registry_TwoEndpoints_BalancesAndAnswers()
    {
        await using var one = new FakeOpenAIServer(_ => FakeReply.Completion("one"));
        await using var two = new FakeOpenAIServer(_ => FakeReply.Completion("two"));
        var file = ModelsFile.Parse($$"""{ "models": [ { "id": "m", "api_key_env": "K", "endpoints": [ { "url": "{{one.BaseUrl}}" }, { "url": "{{two.BaseUrl}}" } ] } ] }""", "m.json");
        using var registry = new ModelRegistry(file, environment: _ => "secret");

        var answers = new List<string>();
        for (var i = 0; i < 4; i++) answers.Add((await registry.GetClient("m").GetResponseAsync([new ChatMessage(ChatRole.User, "hi")])).Text);

        Assert.Equal(2, answers.Count(a => a == "one"));
        Assert.Equal(2, answers.Count(a => a == "two"));
        Assert.Equal(4, registry.Usage.Snapshot().Requests);
    }

    [Fact]
    public void Registry_UnknownModel_ErrorListsKnownIds()
    {
        var file = ModelsFile.Parse("""{ "models": [ { "id": "m", "url": "http://127.0.0.1:1/v1" } ] }""", "m.json");
        using var registry = new ModelRegistry(file);

        var error = Assert.Throws<InvalidInputException>(() => registry.GetClient("x"));

        Assert.Contains("'m'", error.Message);
    }
}
