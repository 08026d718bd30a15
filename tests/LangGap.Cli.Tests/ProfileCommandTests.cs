using System.Text.Json;

namespace LangGap.Cli.Tests;

public sealed class ProfileCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-profile").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static string Row(string id, string language, string completion) =>
        JsonSerializer.Serialize(new { id, language, completion });

    [Fact]
    public async Task Profile_Text_PrintsEachAttributePerLanguageWithN()
    {
        var data = Write("data.jsonl",
            Row("1", "en", "The cat sat."), Row("2", "en", "A dog ran far away today."), Row("3", "zh", "我爱北京。"));

        var result = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "length-words,ttr,readability");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 rows, 2 languages", result.Out);
        // en: 3 and 6 words → mean 4.5; t interval over 2 values.
        Assert.Matches(@"\nen\s+2\s+0\s+4\.5\s+\[", result.Out);
        // zh has no readability formula: unscored with the reason, never 0.
        Assert.Contains("zh: 1 unscored (most often: readability is not defined for 'zh'", result.Out);
        Assert.Contains("profile|attributes:length-words@", result.Out);
    }

    [Fact]
    public async Task Profile_CompareWithSharedIds_IsPairedPerLanguage()
    {
        var after = Write("after.jsonl", Row("a", "en", "one two three four"), Row("b", "en", "one two three"), Row("c", "en", "one two"));
        var before = Write("before.jsonl", Row("c", "en", "one"), Row("a", "en", "one two"), Row("b", "en", "one two three"));

        var result = await CliRunner.RunAsync("", "profile", "--data", after, "--compare", before, "--attributes", "length-words", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var c = Assert.Single(JsonDocument.Parse(result.Out).RootElement.GetProperty("comparisons").EnumerateArray());
        Assert.True(c.GetProperty("paired").GetBoolean());
        Assert.Equal("exact sign-flip", c.GetProperty("test").GetString());
        // Differences per id: a 4−2, b 3−3, c 2−1 → mean 1.
        Assert.Equal(1, c.GetProperty("difference").GetDouble(), 12);
        Assert.Equal(3, c.GetProperty("n_a").GetInt32());
    }

    [Fact]
    public async Task Profile_CompareWithoutSharedIds_IsMannWhitneyWithHolm()
    {
        var a = Write("a.jsonl", Row("1", "en", "a b c"), Row("2", "en", "a b c d"), Row("3", "de", "x y"), Row("4", "de", "x"));
        var b = Write("b.jsonl", Row("x1", "en", "a"), Row("x2", "en", "a b"), Row("x3", "de", "x y z"), Row("x4", "de", "x y"));

        var result = await CliRunner.RunAsync("", "profile", "--data", a, "--compare", b, "--attributes", "length-words", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var comparisons = JsonDocument.Parse(result.Out).RootElement.GetProperty("comparisons").EnumerateArray().ToArray();
        Assert.Equal(["de", "en"], comparisons.Select(c => c.GetProperty("language").GetString()));
        Assert.All(comparisons, c => Assert.Equal("Mann–Whitney U", c.GetProperty("test").GetString()));
        Assert.All(comparisons, c => Assert.True(c.GetProperty("p_adjusted").GetDouble() >= c.GetProperty("p_value").GetDouble()));
        Assert.Equal(2.0, comparisons[1].GetProperty("difference").GetDouble(), 12);
    }

    [Fact]
    public async Task Profile_HtmlOut_WritesChartsAndNeverOverwrites()
    {
        var data = Write("data.jsonl", Row("1", "en", "The cat sat."), Row("2", "en", "The dog ran far."));
        var output = Path.Combine(_folder, "profile.html");

        var first = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "mtld,length", "--format", "html", "--out", output);
        var written = File.ReadAllText(output);
        var second = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "ttr", "--format", "html", "--out", output);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("<svg", written);
        Assert.Contains("<h2>mtld</h2>", written);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Error);
        Assert.Equal(written, File.ReadAllText(output));
    }

    [Fact]
    public async Task Profile_RowWithoutTheField_IsFileLineError()
    {
        var data = Write("data.jsonl", Row("1", "en", "fine"), """{"id":"2","language":"en","text":"wrong field"}""");

        var result = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "length");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{data}:2: the row has no field 'completion'", result.Error);
    }

    [Fact]
    public async Task Profile_UnknownAttribute_ListsTheKnownOnes()
    {
        var data = Write("data.jsonl", Row("1", "en", "fine"));

        var result = await CliRunner.RunAsync("", "profile", "--data", data, "--attributes", "mtld,vocd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown attribute 'vocd'; known attributes: length, length-words, length-tokens, mtld", result.Error);
    }
}
