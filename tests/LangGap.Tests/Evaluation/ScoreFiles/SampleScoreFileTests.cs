using LangGap.Evaluation.ScoreFiles;

namespace LangGap.Tests.Evaluation.ScoreFiles;

public class SampleScoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-scores").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ReadAsync_JsonLines_ReadsNumbersAndBooleans()
    {
        var path = Write("a.jsonl", "{\"id\":\"x\",\"score\":0.5}\n\n{\"id\":2,\"score\":true,\"prompt\":\"p\"}\n");

        var scores = await SampleScoreFile.ReadAsync(path, "id", "score", null, null, CancellationToken.None);

        Assert.Equal([("x", 0.5), ("2", 1.0)], scores.Select(s => (s.Id, s.Value)));
    }

    [Fact]
    public async Task ReadAsync_Tsv_UsesHeader()
    {
        var path = Write("a.tsv", "id\tprompt\tcorrect\nq1\tp1\t1\nq2\tp1\t0\n");

        var scores = await SampleScoreFile.ReadAsync(path, "id", "correct", "prompt", null, CancellationToken.None);

        Assert.Equal([("q1", 1.0, "p1"), ("q2", 0.0, "p1")], scores.Select(s => (s.Id, s.Value, s.Cluster)));
    }

    [Fact]
    public async Task ReadAsync_MalformedLine_NamesFileAndLine()
    {
        var path = Write("bad.jsonl", "{\"id\":\"x\",\"score\":1}\n{\"id\":\"y\",\"score\":\"high\"}\n");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => SampleScoreFile.ReadAsync(path, "id", "score", null, null, CancellationToken.None));

        Assert.StartsWith($"{path}:2:", error.Message);
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_NamesBothLines()
    {
        var path = Write("dup.tsv", "id\tscore\na\t1\na\t2\n");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => SampleScoreFile.ReadAsync(path, "id", "score", null, null, CancellationToken.None));

        Assert.Equal($"{path}:3: sample id 'a' already appeared on line 2.", error.Message);
    }

    [Fact]
    public void Pair_IdsInOneFileOnly_NamesThem()
    {
        SampleScore[] a = [new("1", 1, null, 1), new("2", 1, null, 2)];
        SampleScore[] b = [new("2", 0, null, 1), new("3", 0, null, 2)];

        var error = Assert.Throws<InvalidInputException>(() => SampleScoreFile.Pair(a, b, "a.jsonl", "b.jsonl"));

        Assert.Equal("The two score files must cover the same sample ids, but 1 only in 'a.jsonl' ('1') and 1 only in 'b.jsonl' ('3').", error.Message);
    }

    [Fact]
    public void Pair_DifferentOrder_PairsById()
    {
        SampleScore[] a = [new("1", 1, null, 1), new("2", 0.5, null, 2)];
        SampleScore[] b = [new("2", 0.25, null, 1), new("1", 0, null, 2)];

        var paired = SampleScoreFile.Pair(a, b, "a", "b");

        Assert.Equal([0.0, 0.25], paired.B);
    }
}
