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
}
