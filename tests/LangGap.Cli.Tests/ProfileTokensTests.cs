using System.Text.Json;

namespace LangGap.Cli.Tests;

[Collection(TorchCliCollection.Name)]
public sealed class ProfileTokensTests
{
    [Fact]
    public async Task Profile_LengthTokens_CountsTheModelsTokensWithoutSpecialOnes()
    {
        var model = TinyModelFolder.Create();
        var data = TinyModelFolder.TempPath("langgap-profile-tokens-") + ".jsonl";
        try
        {
            // The tiny model's tokenizer is byte-level: "héllo" is 6 UTF-8 bytes, "日本" is 6.
            await File.WriteAllTextAsync(data, """{"id":"1","language":"fr","completion":"héllo"}""" + "\n" + """{"id":"2","language":"fr","completion":"日本"}""" + "\n");

            var result = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "length-tokens", "--model", model, "--format", "json");
            var missing = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "length-tokens");

            Assert.Equal(0, result.ExitCode);
            var fr = JsonDocument.Parse(result.Out).RootElement.GetProperty("languages")[0].GetProperty("attributes").GetProperty("length-tokens");
            Assert.Equal(6, fr.GetProperty("mean").GetDouble());
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("Attribute 'length-tokens' needs --model", missing.Error);
        }
        finally
        {
            TinyModelFolder.Delete(model, data);
        }
    }

    [Fact]
    public async Task Profile_RewardAndJudge_ScoreWithTheGivenModels()
    {
        var model = TinyModelFolder.Create();
        var pairs = TinyModelFolder.TempPath("langgap-profile-pairs-") + ".jsonl";
        var data = TinyModelFolder.TempPath("langgap-profile-rm-") + ".jsonl";
        var rewardModel = TinyModelFolder.TempPath("langgap-profile-rm-");
        try
        {
            await File.WriteAllTextAsync(pairs, "{\"prompt\": \"Hallo\", \"chosen\": \" Hallo!\", \"rejected\": \" x\"}\n");
            await File.WriteAllTextAsync(data, """{"id":"1","language":"de","prompt":"Hallo","completion":"Hallo!"}""" + "\n"
                + """{"id":"2","language":"de","prompt":[{"role":"user","content":"Hallo"}],"completion":"x"}""" + "\n"
                + """{"id":"3","language":"de","completion":"no prompt"}""" + "\n");
            var trained = await CliRunner.RunAsync("", "train", "reward", "--model", model, "--data", pairs, "--steps", "1", "--out", rewardModel);

            var result = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "reward,judge", "--reward", rewardModel,
                "--judge", model, "--format", "json");

            Assert.True(trained.ExitCode == 0, trained.Error);
            Assert.True(result.ExitCode == 0, result.Error);
            var de = JsonDocument.Parse(result.Out).RootElement.GetProperty("languages")[0].GetProperty("attributes");
            Assert.Equal(2, de.GetProperty("reward").GetProperty("n").GetInt32());
            Assert.Equal(1, de.GetProperty("reward").GetProperty("unscored").GetInt32());
            // A tiny random judge rarely writes "Score: N": whatever it does, both rows are accounted for, scored or unscored.
            Assert.Equal(3, de.GetProperty("judge").GetProperty("n").GetInt32() + de.GetProperty("judge").GetProperty("unscored").GetInt32());
        }
        finally
        {
            TinyModelFolder.Delete(model, pairs, data, rewardModel);
        }
    }
}
