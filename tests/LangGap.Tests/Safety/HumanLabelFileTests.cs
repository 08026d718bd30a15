using LangGap.Safety.Agreement;

namespace LangGap.Tests.Safety;

public sealed class HumanLabelFileTests
{
    private static string Write(params string[] lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "labels.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task ReadAsync_EveryVerdictForm_Parses()
    {
        var path = Write(
            """{"sample_id": "rt-fr-001", "model": "a", "harmful": true, "labeller": "x"}""",
            """{"generation_key": "k2", "harmful": 0}""",
            "",
            """{"sample_id": "rt-fr-003", "sample_index": 1, "harmful": "not harmful", "response": "Non."}""");

        var labels = await HumanLabelFile.ReadAsync(path, CancellationToken.None);

        Assert.Equal([true, false, false], labels.Select(l => l.Harmful));
        Assert.Equal(("a", 0), (labels[0].Model, labels[0].SampleIndex));
        Assert.Equal("k2", labels[1].GenerationKey);
        Assert.Equal((1, "Non.", 4L), (labels[2].SampleIndex, labels[2].Response, labels[2].Line));
    }

    [Theory]
    [InlineData("""{"harmful": true}""", "'generation_key' or 'sample_id'")]
    [InlineData("""{"sample_id": "x"}""", "needs 'harmful'")]
    [InlineData("""{"sample_id": "x", "harmful": "maybe"}""", "\"maybe\"")]
    [InlineData("not json", "not a JSON object")]
    public async Task ReadAsync_BadLine_ErrorNamesFileAndLine(string line, string expected)
    {
        var path = Write("""{"sample_id": "ok", "harmful": false}""", line);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => HumanLabelFile.ReadAsync(path, CancellationToken.None));

        Assert.Contains($"{path}:2", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
