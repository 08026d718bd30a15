namespace LangGap.Cli.Tests;

/// <summary>Multiple-choice tasks through <c>langgap eval</c>: a suite with <c>{data}</c>, a local model, resume, refusal.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class EvalMultipleChoiceTests
{
    private static async Task<(string Suite, string Data)> SuiteAsync(string dir)
    {
        var data = Path.Combine(dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "xcopa", "data", "it"));
        await File.WriteAllTextAsync(Path.Combine(data, "xcopa", "data", "it", "test.it.jsonl"), """
            {"premise": "L'oggetto era incartato.", "choice1": "Era fragile.", "choice2": "Era piccolo.", "question": "cause", "label": 0, "idx": 1}
            {"premise": "Ho svuotato le tasche.", "choice1": "Ho preso un biglietto.", "choice2": "Ho trovato un'arma.", "question": "effect", "label": 1, "idx": 2}
            {"premise": "La donna era stanca.", "choice1": "Andò a dormire.", "choice2": "Andò a correre.", "question": "effect", "label": 0, "idx": 3}
            """);
        var suite = Path.Combine(dir, "suite.json");
        await File.WriteAllTextAsync(suite, """
            {"name": "mc", "languages": [{"code": "it"}, {"code": "tr"}, {"code": "de"}],
             "tasks": [{"name": "xcopa", "type": "multiple-choice", "optional": true,
                        "dataset": {"format": "xcopa", "path": "{data}/xcopa/data/{lang}/test.{lang}.jsonl", "languages": ["it", "tr"]},
                        "scorers": ["acc", "acc_norm", "acc_bytes"]}]}
            """);
        return (suite, data);
    }

    [Fact]
    public async Task Eval_MultipleChoiceSuiteOnLocalModel_PrintsAccuracyAndSkipsAndResumes()
    {
        // Arrange
        var dir = Directory.CreateTempSubdirectory().FullName;
        var (suite, data) = await SuiteAsync(dir);
        var model = TinyModelFolder.Create(Path.Combine(dir, "tiny"));
        string[] args = ["eval", "--suite", suite, "--data", data, "--model", model, "--out", Path.Combine(dir, "run")];

        // Act
        var first = await CliRunner.RunAsync("", args);
        var again = await CliRunner.RunAsync("", args);

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("3 generated, 0 from store, 0 failed", first.Error);
        Assert.Contains("skipped xcopa [de]: the dataset does not cover this language", first.Error);
        Assert.Contains("skipped xcopa [tr]: no file '{data}/xcopa/data/{lang}/test.{lang}.jsonl'", first.Error);
        Assert.Contains("xcopa / acc (binary", first.Out);
        Assert.Contains("xcopa / acc_norm (binary", first.Out);
        Assert.Contains("xcopa / acc_bytes (binary", first.Out);
        Assert.Contains("Wilson", first.Out);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("0 generated, 3 from store", again.Error);
    }

    [Fact]
    public async Task Eval_MultipleChoiceOnChatOnlyEndpoint_RefusedWithTheFix()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var (suite, data) = await SuiteAsync(dir);
        var models = Path.Combine(dir, "models.json");
        await File.WriteAllTextAsync(models, """{"models": [{"id": "chat", "url": "http://127.0.0.1:9/v1"}]}""");

        var result = await CliRunner.RunAsync("", "eval", "--suite", suite, "--data", data, "--models", models, "--model", "chat", "--out", Path.Combine(dir, "run"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("model 'chat' cannot return prompt log-probabilities", result.Error);
        Assert.Contains("prompt_logprobs: echo", result.Error);
    }
}
