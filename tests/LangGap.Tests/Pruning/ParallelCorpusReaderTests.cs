using System.Text;
using LangGap.Pruning;

namespace LangGap.Tests.Pruning;

public sealed class ParallelCorpusReaderTests
{
    [Fact]
    public void ReadJsonl_FullRows_KeepsEveryField()
    {
        var path = PruningTestFiles.Write(
            "{\"id\":\"a\",\"source\":\"Hello\",\"target\":\"Hallo\",\"source_language\":\"en\",\"target_language\":\"de\",\"noise\":\"\"}\n" +
            "\n{\"id\":\"b\",\"source\":\"Good\",\"target\":\"Good\",\"noise\":\"copy\"}\n", ".jsonl");

        var corpus = ParallelCorpusReader.Read(path, "en", "fr");

        Assert.Equal(2, corpus.Count);
        Assert.Equal(new ParallelExample("a", "Hello", "Hallo", "en", "de", ""), corpus.Examples[0]);
        Assert.Equal("fr", corpus.Examples[1].TargetLanguage);
        Assert.True(corpus.Examples[1].IsNoise);
        Assert.True(corpus.MarksNoise);
    }

    [Fact]
    public void ReadJsonl_EmptyTarget_NamesFileAndLine()
    {
        var path = PruningTestFiles.Write("{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\",\"target\":\"  \"}\n", ".jsonl");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.ReadJsonl(path));

        Assert.Equal($"{path}:2: the target side is empty.", error.Message);
    }

    [Fact]
    public void ReadJsonl_MissingSource_NamesField()
    {
        var path = PruningTestFiles.Write("{\"target\":\"b\"}\n", ".jsonl");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.ReadJsonl(path));

        Assert.Equal($"{path}:1: the field 'source' is missing.", error.Message);
    }

    [Fact]
    public void ReadJsonl_DuplicateIds_Rejected()
    {
        var path = PruningTestFiles.Write("{\"id\":\"x\",\"source\":\"a\",\"target\":\"b\"}\n{\"id\":\"x\",\"source\":\"c\",\"target\":\"d\"}\n", ".jsonl");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.ReadJsonl(path));

        Assert.Contains("'x' occurs more than once", error.Message);
    }

    [Fact]
    public void ReadAligned_DifferentLineCounts_PointsAtFirstMissingLine()
    {
        var source = PruningTestFiles.Write("one\ntwo\nthree\n", ".txt");
        var target = PruningTestFiles.Write("eins\nzwei\n", ".txt");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.ReadAligned(source, target));

        Assert.StartsWith($"{target}:3: the file ends here", error.Message);
    }

    [Fact]
    public void ReadAligned_InvalidUtf8_NamesFileAndLine()
    {
        var source = PruningTestFiles.Write("one\ntwo\n", ".txt");
        var target = PruningTestFiles.WriteBytes([.. Encoding.UTF8.GetBytes("eins\nzw"), 0xC3, 0x28, (byte)'\n'], ".txt");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.ReadAligned(source, target));

        Assert.Equal($"{target}:2: the line is not valid UTF-8.", error.Message);
    }

    [Fact]
    public void ReadAligned_Valid_IdsAreLineNumbersAndLanguagesApplied()
    {
        var source = PruningTestFiles.Write("one\r\ntwo\r\n", ".txt");
        var target = PruningTestFiles.Write("eins\r\nzwei\r\n", ".txt");

        var corpus = ParallelCorpusReader.ReadAligned(source, target, "en", "de");

        Assert.Equal(["1", "2"], corpus.Examples.Select(e => e.Id));
        Assert.Equal("zwei", corpus.Examples[1].Target);
        Assert.Equal(["en-de"], corpus.Pairs);
        Assert.False(corpus.MarksNoise);
    }

    [Fact]
    public void ReadTsv_WrongCellCount_NamesLine()
    {
        var path = PruningTestFiles.Write("id\tsource\ttarget\n1\ta\tb\n2\tc\n", ".tsv");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.Read(path));

        Assert.Equal($"{path}:3: expected 3 tab-separated cells, found 2.", error.Message);
    }

    [Fact]
    public void ReadTsv_HeaderWithoutTarget_Rejected()
    {
        var path = PruningTestFiles.Write("id\tsource\n1\ta\n", ".tsv");

        var error = Assert.Throws<InvalidInputException>(() => ParallelCorpusReader.Read(path));

        Assert.StartsWith($"{path}:1: the header has no 'target' column", error.Message);
    }
}
