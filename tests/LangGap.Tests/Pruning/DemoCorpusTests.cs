using LangGap.Pruning;

namespace LangGap.Tests.Pruning;

public sealed class DemoCorpusTests
{
    private static string Folder => Path.Combine(ReferenceData.RepositoryRoot, "assets", "pruning");

    [Fact]
    public void DemoCorpus_AsShipped_MarksNoiseAndKeepsTestSourcesOutOfTraining()
    {
        var train = ParallelCorpusReader.Read(Path.Combine(Folder, "udhr-train.jsonl"));
        var test = ParallelCorpusReader.Read(Path.Combine(Folder, "udhr-test.jsonl"));

        Assert.Equal(239, train.Count);
        Assert.Equal(47, train.Examples.Count(e => e.IsNoise));
        Assert.Equal(["copy", "misaligned", "truncated", "wrong-language"], train.Examples.Where(e => e.IsNoise).Select(e => e.Noise).Distinct().Order());
        Assert.Equal(["en-de", "en-es", "en-fr"], train.Pairs);
        Assert.Equal(42, test.Count);
        Assert.DoesNotContain(test.Examples, e => e.IsNoise);
        var trainSources = train.Examples.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(test.Examples, e => trainSources.Contains(e.Source));
    }
}
