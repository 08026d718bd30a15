using System.Text.Json.Nodes;

namespace LangGap.Cli.Tests;

/// <summary>TorchSharp commands share one native runtime; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCliCollection
{
    public const string Name = "TorchCli";
}

[Collection(TorchCliCollection.Name)]
public sealed class TorchCommandsTests
{
    private static string HfTinyLlama
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LangGap.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir!.FullName, "tests", "LangGap.Torch.Tests", "Reference", "hf-tiny", "llama");
        }
    }

    private static JsonObject Reference() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(HfTinyLlama, "reference.json")))!.AsObject();

    [Fact]
    public async Task Generate_PromptIdsGreedyJson_PrintsTransformersGreedyIds()
    {
        // Arrange
        var reference = Reference();
        var expected = reference["greedy_output"]![0]!.AsArray().Skip(8).Take(6).Select(n => n!.GetValue<int>()).ToArray();

        // Act
        var result = await CliRunner.RunAsync("", "generate", "--model", HfTinyLlama, "--prompt-ids", "84,49,13,254,232,141,74,8",
            "--max-tokens", "6", "--greedy", "--format", "json");

        // Assert
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(expected, json["ids"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("", json["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Logprob_IdsJson_SumMatchesTransformers()
    {
        // Arrange
        var reference = Reference();
        var ids = string.Join(",", reference["input_ids"]![0]!.AsArray().Select(n => n!.GetValue<int>()));
        var expected = reference["sum_token_logprobs"]![0]!.GetValue<double>();

        // Act
        var result = await CliRunner.RunAsync("", "logprob", "--model", HfTinyLlama, "--ids", ids, "--format", "json");

        // Assert
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(23, json["token_logprobs"]!.AsArray().Count);
        Assert.InRange(json["sum"]!.GetValue<double>(), expected - 1e-3, expected + 1e-3);
    }

    [Fact]
    public async Task Logprob_Context_ScoresOnlyTheContinuationsTokensOfTheWholeText()
    {
        // Arrange
        var model = TinyModelFolder.Create();

        // Act
        var whole = await CliRunner.RunAsync("", "logprob", "--model", model, "--text", "Ciao mondo", "--format", "json");
        var split = await CliRunner.RunAsync("", "logprob", "--model", model, "--context", "Ciao ", "--text", "mondo", "--format", "json");

        // Assert: the trailing space moved to the continuation, so the ids are the whole text's and the scored tokens its last ones.
        Assert.True(split.ExitCode == 0, split.Error);
        var all = JsonNode.Parse(whole.Out)!["token_logprobs"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        var json = JsonNode.Parse(split.Out)!;
        Assert.Equal(JsonNode.Parse(whole.Out)!["ids"]!.ToJsonString(), json["ids"]!.ToJsonString());
        var scored = json["token_logprobs"]!.AsArray().Count;
        Assert.Equal(json["ids"]!.AsArray().Count - json["context_tokens"]!.GetValue<int>(), scored);
        Assert.Equal(" mondo".Length, scored);
        Assert.Equal(all[^scored..].Sum(), json["sum"]!.GetValue<double>(), 9);
        TinyModelFolder.Delete(model);
    }

    [Fact]
    public async Task Generate_BothPromptAndIds_ExitsTwoNamingOptions()
    {
        // Act
        var result = await CliRunner.RunAsync("", "generate", "--model", HfTinyLlama, "--prompt", "x", "--prompt-ids", "1");

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--prompt-ids", result.Error);
    }

    [Fact]
    public async Task Generate_TextPromptOnModelWithoutTokenizer_ExitsTwo()
    {
        // Act
        var result = await CliRunner.RunAsync("", "generate", "--model", HfTinyLlama, "--prompt", "hello");

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tokenizer", result.Error);
    }

    [Fact]
    public async Task Generate_MissingModelFolder_ExitsTwoNamingIt()
    {
        // Act
        var result = await CliRunner.RunAsync("", "generate", "--model", "/no/such/model", "--prompt-ids", "1,2");

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/model", result.Error);
    }

    [Fact]
    public async Task Generate_EmbeddedModelChatPrompt_AnswersWithText()
    {
        // Act
        var result = await CliRunner.RunAsync("", "generate", "--model", "embedded", "--prompt", "What is 2 plus 3?", "--max-tokens", "24");

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Out));
    }
}
