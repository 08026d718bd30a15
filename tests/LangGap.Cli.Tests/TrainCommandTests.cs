namespace LangGap.Cli.Tests;

[Collection(TorchCliCollection.Name)]
public sealed class TrainCommandTests
{
    private const string Prompts =
        "{\"prompt\": [{\"role\": \"user\", \"content\": \"Habari yako?\"}], \"language\": \"sw\"}\n" +
        "{\"prompt\": [{\"role\": \"user\", \"content\": \"Wie geht es?\"}], \"language\": \"de\"}\n";

    private const string Pairs =
        "{\"prompt\": \"Hallo\", \"chosen\": \" Hallo!\", \"rejected\": \" x\"}\n" +
        "{\"prompt\": \"Habari\", \"chosen\": \" Nzuri\", \"rejected\": \" y\"}\n";

    [Fact]
    public async Task Train_RlooTwoSteps_WritesModelUsableByGenerate()
    {
        // Arrange
        var model = TinyModelFolder.Create();
        var data = WriteTemp(Prompts);
        var output = TinyModelFolder.TempPath("langgap-cli-out-");
        try
        {
            // Act
            var train = await CliRunner.RunAsync("", "train", "rloo", "--model", model, "--data", data, "--reward", "length=1",
                "--steps", "2", "--k", "2", "--batch-size", "2", "--max-new-tokens", "4", "--lr", "1e-3", "--out", output);
            var generate = await CliRunner.RunAsync("", "generate", "--model", output, "--prompt-ids", "1,2,3", "--max-tokens", "3", "--format", "json");

            // Assert
            Assert.True(train.ExitCode == 0, train.Error);
            Assert.Contains("step 2/2", train.Error);
            Assert.Contains("rloo: steps 1-2", train.Out);
            Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "metrics.jsonl")).Length);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(output, "curves.png"))[..4]);
            Assert.Equal(0, generate.ExitCode);
            Assert.Contains("\"ids\"", generate.Out);
        }
        finally
        {
            TinyModelFolder.Delete(model, data, output);
        }
    }

    [Fact]
    public async Task Train_DpoOneStepThenResume_ContinuesToNewStepCount()
    {
        // Arrange
        var model = TinyModelFolder.Create();
        var data = WriteTemp(Pairs);
        var output = TinyModelFolder.TempPath("langgap-cli-out-");
        try
        {
            // Act
            var first = await CliRunner.RunAsync("", "train", "dpo", "--model", model, "--data", data, "--steps", "1", "--batch-size", "2", "--out", output);
            var again = await CliRunner.RunAsync("", "train", "dpo", "--model", model, "--data", data, "--steps", "1", "--out", output);
            var resumed = await CliRunner.RunAsync("", "train", "dpo", "--data", data, "--steps", "2", "--out", output, "--resume");

            // Assert
            Assert.True(first.ExitCode == 0, first.Error);
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("already holds a training run", again.Error);
            Assert.Equal(0, resumed.ExitCode);
            Assert.Contains("dpo: steps 2-2", resumed.Out);
        }
        finally
        {
            TinyModelFolder.Delete(model, data, output);
        }
    }

    [Fact]
    public async Task Train_RlooResumeWithoutRewardOrData_KeepsTheStoredSettings()
    {
        // Arrange
        var model = TinyModelFolder.Create();
        var data = WriteTemp(Prompts);
        var output = TinyModelFolder.TempPath("langgap-cli-out-");
        string[] common = ["--k", "2", "--batch-size", "2", "--max-new-tokens", "4", "--out", output];
        try
        {
            // Act
            var first = await CliRunner.RunAsync("", ["train", "rloo", "--model", model, "--data", data, "--reward", "length=1", "--steps", "1", .. common]);
            var resumed = await CliRunner.RunAsync("", ["train", "rloo", "--steps", "2", "--resume", .. common]);
            var other = await CliRunner.RunAsync("", ["train", "rloo", "--steps", "3", "--resume", "--reward", "fidelity", .. common]);

            // Assert
            Assert.True(first.ExitCode == 0, first.Error);
            Assert.True(resumed.ExitCode == 0, resumed.Error);
            Assert.Contains("rloo: steps 2-2", resumed.Out);
            Assert.Equal(2, other.ExitCode);
            Assert.Contains("--reward 'fidelity' differs from the resumed run's 'length=1'", other.Error);
        }
        finally
        {
            TinyModelFolder.Delete(model, data, output);
        }
    }

    [Fact]
    public async Task Train_RewardModelThenRaftWithItAndAJudge_UsesBothAsRewards()
    {
        // Arrange
        var model = TinyModelFolder.Create();
        var pairs = WriteTemp(Pairs);
        var prompts = WriteTemp(Prompts);
        var rewardModel = TinyModelFolder.TempPath("langgap-cli-rm-");
        var output = TinyModelFolder.TempPath("langgap-cli-out-");
        try
        {
            // Act
            var rm = await CliRunner.RunAsync("", "train", "reward", "--model", model, "--data", pairs, "--steps", "1", "--out", rewardModel);
            var raft = await CliRunner.RunAsync("", "train", "raft", "--model", model, "--data", prompts, "--reward", $"rm:{rewardModel}=1,judge:{model}=0.5",
                "--steps", "1", "--k", "2", "--max-new-tokens", "3", "--out", output);

            // Assert
            Assert.True(rm.ExitCode == 0, rm.Error);
            Assert.True(File.Exists(Path.Combine(rewardModel, "reward_head.safetensors")));
            Assert.True(raft.ExitCode == 0, raft.Error);
            Assert.Contains("raft: steps 1-1", raft.Out);
        }
        finally
        {
            TinyModelFolder.Delete(model, pairs, prompts, rewardModel, output);
        }
    }

    [Theory]
    [InlineData("rloo", "--reward", "fidelity=x", "weight 'x'")]
    [InlineData("rloo", "--reward", "bogus", "Unknown reward 'bogus'")]
    [InlineData("rloo", "--k", "1", "--samples")]
    [InlineData("sft", "--reward", "length", "--reward is used only")]
    public async Task Train_BadOption_ExitsTwoNamingIt(string method, string option, string value, string expected)
    {
        var data = WriteTemp(Prompts);
        try
        {
            var args = new List<string> { "train", method, "--data", data, "--out", TinyModelFolder.TempPath("x"), option, value };
            if (method == "rloo" && option != "--reward")
            {
                args.AddRange(["--reward", "length"]);
            }
            var result = await CliRunner.RunAsync("", [.. args]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(expected, result.Error);
        }
        finally
        {
            TinyModelFolder.Delete(data);
        }
    }

    [Fact]
    public async Task Train_MalformedDataLine_ReportsFileAndLine()
    {
        var data = WriteTemp("{\"prompt\": \"a\"}\n{\"prompt\": 3}\n");
        try
        {
            var result = await CliRunner.RunAsync("", "train", "rloo", "--data", data, "--reward", "length", "--out", TinyModelFolder.TempPath("x"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{data}:2:", result.Error + result.Out);
        }
        finally
        {
            TinyModelFolder.Delete(data);
        }
    }

    private static string WriteTemp(string text)
    {
        var path = TinyModelFolder.TempPath("langgap-data-") + ".jsonl";
        File.WriteAllText(path, text);
        return path;
    }
}
