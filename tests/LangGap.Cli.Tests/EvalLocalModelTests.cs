namespace LangGap.Cli.Tests;

/// <summary>A local model is known by its weights, not its path: a folder retrained in place is a new model.</summary>
[Collection(TorchCliCollection.Name)]
public sealed class EvalLocalModelTests
{
    [Fact]
    public async Task Eval_ModelFolderRetrainedInPlace_NeverGetsOldGenerations()
    {
        // Arrange
        var dir = Directory.CreateTempSubdirectory().FullName;
        var suite = await EvalResumeTests.SuiteAsync(dir);
        var model = TinyModelFolder.Create(Path.Combine(dir, "out", "rloo"), seed: 3);
        string[] Eval(string run) => ["eval", "--suite", suite, "--model", model, "--out", Path.Combine(dir, run)];

        // Act
        var first = await CliRunner.RunAsync("", Eval("r1"));
        var unchanged = await CliRunner.RunAsync("", Eval("r1"));
        TinyModelFolder.Create(model, seed: 4);
        var resumedAfterRetrain = await CliRunner.RunAsync("", Eval("r1"));
        var fresh = await CliRunner.RunAsync("", Eval("r2"));

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("4 generated, 0 from store", first.Error);
        Assert.Contains("0 generated, 4 from store", unchanged.Error);
        Assert.Equal(2, resumedAfterRetrain.ExitCode);
        Assert.Contains($"model '{model}' identity: weights:sha256:", resumedAfterRetrain.Error);
        Assert.True(fresh.ExitCode == 0, fresh.Error);
        Assert.Contains("4 generated, 0 from store", fresh.Error);
    }

    [Fact]
    public async Task Eval_EmbeddedAndItsFolder_RefusedAsTheSameModel()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var folder = Path.Combine(AppContext.BaseDirectory, "assets", "embedded", "model");

        var result = await CliRunner.RunAsync("", "eval", "--suite", await EvalResumeTests.SuiteAsync(dir), "--model", "embedded", folder, "--out", Path.Combine(dir, "run"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("are the same model (weights:sha256:", result.Error);
    }
}
