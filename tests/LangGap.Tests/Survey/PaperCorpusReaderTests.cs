using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using LangGap.Survey.Ingest;

namespace LangGap.Tests.Survey;

public sealed class PaperCorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-survey-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_AnthologyXml_KeepsTextVenueAndPapersWithoutAbstract()
    {
        // Arrange
        var path = Path.Combine(_folder, "2023.findings.xml");
        await File.WriteAllTextAsync(path, SurveyTestData.Collection);

        // Act
        var corpus = await PaperCorpusReader.ReadAsync([path]);

        // Assert
        Assert.Equal(2, corpus.Papers.Count);
        var first = corpus.Papers[0];
        Assert.Equal("2023.findings-acl.1", first.Id);
        Assert.Equal("MultiJail: LLM safety", first.Title);
        Assert.Equal("We study the safety of chat models in German and Swahili.", first.Abstract);
        Assert.Equal(2023, first.Year);
        Assert.Equal(VenueType.Findings, first.VenueType);
        Assert.Equal("findings-acl", first.Venue);
        Assert.Null(corpus.Papers[1].Abstract);
        Assert.Equal(1, corpus.WithoutAbstract);
        Assert.EndsWith("2023.findings.xml:10", first.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedXml_NamesFileAndLine()
    {
        // Arrange
        var path = Path.Combine(_folder, "broken.xml");
        await File.WriteAllTextAsync(path, "<collection id=\"2020.x\">\n<volume id=\"1\">\n<paper id=\"1\"><title>T</titel></paper>\n</volume></collection>");

        // Act
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => PaperCorpusReader.ReadAsync([path]));

        // Assert
        Assert.StartsWith($"{path}:3: malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TarGzArchive_ReadsEntriesWithoutUnpacking()
    {
        // Arrange
        var path = Path.Combine(_folder, "anthology.tar.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var tar = new TarWriter(gzip))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "acl-anthology/2023.findings.xml")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(SurveyTestData.Collection)),
            };
            await tar.WriteEntryAsync(entry);
        }

        // Act
        var corpus = await PaperCorpusReader.ReadAsync([path]);

        // Assert
        Assert.Equal(1, corpus.Files);
        Assert.Equal(["2023.findings-acl.1", "2023.findings-acl.2"], corpus.Papers.Select(p => p.Id));
        Assert.Contains("anthology.tar.gz:acl-anthology/2023.findings.xml:", corpus.Papers[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ShippedSample_ClassifiesWorkshopsByName()
    {
        // Arrange
        var folder = Path.Combine(ReferenceData.RepositoryRoot, "assets", "survey", "anthology");

        // Act
        var corpus = await PaperCorpusReader.ReadAsync([folder]);

        // Assert
        Assert.Equal(5, corpus.Files);
        Assert.Equal(25, corpus.Papers.Count);
        Assert.All(corpus.Papers, p => Assert.Equal(VenueType.Workshop, p.VenueType));
        Assert.Equal(["synthws"], corpus.Papers.Select(p => p.Venue).Distinct().Order());
        Assert.Equal([2020, 2021, 2022, 2023, 2024], corpus.Papers.Select(p => p.Year).Distinct().Order());
        Assert.Equal(2, corpus.WithoutAbstract);
    }

    [Fact]
    public async Task ReadAsync_Bibtex_ReadsFieldsAndVenueFromTheAnthologyUrl()
    {
        // Arrange
        var path = Path.Combine(_folder, "papers.bib");
        await File.WriteAllTextAsync(path, """
            @string{acl = "ACL"}
            @inproceedings{smith-2024-safe,
                title = "{S}afe {LLM}s in {K}orean",
                booktitle = "Proceedings of the 4th Workshop on Trustworthy NLP",
                year = 2024,
                url = "https://aclanthology.org/2024.trustnlp-1.3/",
                abstract = {We test safety \& refusals in Korean -- with {braces}.},
            }
            @inproceedings{no-abstract-2022,
                title = {Another},
                booktitle = {Findings of the Association for Computational Linguistics: EMNLP 2022},
                year = {2022}
            }
            """);

        // Act
        var corpus = await PaperCorpusReader.ReadAsync([path]);

        // Assert
        Assert.Equal(2, corpus.Papers.Count);
        var first = corpus.Papers[0];
        Assert.Equal("2024.trustnlp-1.3", first.Id);
        Assert.Equal("Safe LLMs in Korean", first.Title);
        Assert.Equal("We test safety & refusals in Korean – with braces.", first.Abstract);
        Assert.Equal((VenueType.Workshop, "trustnlp"), (first.VenueType, first.Venue));
        Assert.Equal(VenueType.Findings, corpus.Papers[1].VenueType);
        Assert.Null(corpus.Papers[1].Abstract);
    }

    [Fact]
    public async Task ReadAsync_JsonlWithoutYear_NamesFileAndLine()
    {
        // Arrange
        var path = Path.Combine(_folder, "papers.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a\",\"title\":\"T\",\"abstract\":\"safe\",\"year\":2021,\"venue\":\"emnlp\"}\n{\"id\":\"b\",\"title\":\"T\"}\n");

        // Act
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => PaperCorpusReader.ReadAsync([path]));

        // Assert
        Assert.Equal($"{path}:2: paper 'b' has no numeric 'year'.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_Jsonl_ClassifiesVenue()
    {
        // Arrange
        var path = Path.Combine(_folder, "papers.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\":\"a\",\"title\":\"T\",\"abstract\":\"safe\",\"year\":2021,\"venue\":\"emnlp\",\"url\":\"u\"}\n");

        // Act
        var corpus = await PaperCorpusReader.ReadAsync([path]);

        // Assert
        Assert.Equal((VenueType.Main, "emnlp", 2021), (corpus.Papers[0].VenueType, corpus.Papers[0].Venue, corpus.Papers[0].Year));
    }
    [Fact]
    public async Task ReadAsync_TarGzWithMalformedEntry_NamesArchiveEntryAndLine()
    {
        // Arrange
        var path = Path.Combine(_folder, "broken.tar.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, text) in new[] { ("a/2023.findings.xml", SurveyTestData.Collection), ("a/2020.bad.xml", "<collection>\n<volume>\n</collection>") })
            {
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }
        }

        // Act
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => PaperCorpusReader.ReadAsync([path]));

        // Assert
        Assert.StartsWith($"{path}:a/2020.bad.xml:3: malformed XML", error.Message, StringComparison.Ordinal);
    }
}
