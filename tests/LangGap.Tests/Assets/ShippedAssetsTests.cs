using System.Text;
using System.Text.Json;

namespace LangGap.Tests.Assets;

/// <summary>The demo suite and the embedded model's corpus are data the CLI ships; these tests keep them loadable and honest.</summary>
public sealed class ShippedAssetsTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string SuiteDirectory => Path.Combine(ReferenceData.RepositoryRoot, "assets", "suites", "demo");

    private static string CorpusDirectory => Path.Combine(ReferenceData.RepositoryRoot, "assets", "embedded", "corpus");

    public static TheoryData<string, string[]> SuiteFiles => new()
    {
        { "translation.jsonl", ["id", "language", "source_language", "target_language", "source", "prompt", "reference"] },
        { "questions.jsonl", ["id", "language", "prompt", "answer"] },
        { "open.jsonl", ["id", "language", "prompt"] },
    };

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public async Task DemoSuiteFile_EveryLine_ParsesWithNonEmptyRequiredFields(string file, string[] required)
    {
        // Arrange
        var lines = await ReadLinesAsync(Path.Combine(SuiteDirectory, file));

        // Act
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            using var row = JsonDocument.Parse(lines[i]);
            foreach (var field in required)
            {
                if (!row.RootElement.TryGetProperty(field, out var value)
                    || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
                {
                    problems.Add($"{file}:{i + 1}: field '{field}' is missing or empty");
                }
            }
        }

        // Assert
        Assert.True(lines.Length >= 80, $"{file} has only {lines.Length} items.");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task DemoSuite_Ids_AreUniqueAcrossFiles()
    {
        // Arrange
        var ids = new List<string>();
        foreach (var file in new[] { "translation.jsonl", "questions.jsonl", "open.jsonl" })
        {
            foreach (var line in await ReadLinesAsync(Path.Combine(SuiteDirectory, file)))
            {
                using var row = JsonDocument.Parse(line);
                ids.Add(row.RootElement.GetProperty("id").GetString()!);
            }
        }

        // Act
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.Empty(duplicates);
    }

    [Fact]
    public async Task DemoSuiteQuestions_Answers_AreIntegers()
    {
        // Arrange
        var lines = await ReadLinesAsync(Path.Combine(SuiteDirectory, "questions.jsonl"));

        // Act
        var notIntegers = lines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("answer").ValueKind != JsonValueKind.Number || !row.GetProperty("answer").TryGetInt64(out _))
            .Select(row => row.GetProperty("id").GetString())
            .ToList();

        // Assert
        Assert.Empty(notIntegers);
    }

    [Fact]
    public async Task DemoSuiteDescription_EveryTask_NamesAnExistingDatasetAndEightLanguages()
    {
        // Arrange
        using var suite = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SuiteDirectory, "suite.json"), StrictUtf8));

        // Act
        var tasks = suite.RootElement.GetProperty("tasks").EnumerateArray().ToList();
        var languages = suite.RootElement.GetProperty("languages").GetArrayLength();

        // Assert
        Assert.Equal(3, tasks.Count);
        Assert.True(languages >= 8, $"the suite covers {languages} languages.");
        Assert.All(tasks, task =>
            Assert.True(File.Exists(Path.Combine(SuiteDirectory, task.GetProperty("dataset").GetProperty("path").GetString()!))));
    }

    [Fact]
    public async Task CorpusManifest_EveryFile_ExistsWithRecordedByteCount()
    {
        // Arrange
        using var manifest = await ReadManifestAsync();
        var languages = manifest.RootElement.GetProperty("languages").EnumerateObject().ToList();

        // Act
        var mismatches = new List<string>();
        foreach (var language in languages)
        {
            var path = Path.Combine(CorpusDirectory, language.Value.GetProperty("file").GetString()!);
            var expected = language.Value.GetProperty("bytes").GetInt64();
            var actual = File.Exists(path) ? new FileInfo(path).Length : -1;
            if (actual != expected)
            {
                mismatches.Add($"{language.Name}: manifest says {expected} bytes, file has {actual}");
            }
        }

        // Assert
        Assert.True(languages.Count >= 12, $"the corpus has {languages.Count} languages.");
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task CorpusManifest_English_HasTenTimesTheTextOfTheSmallestLanguage()
    {
        // Arrange
        using var manifest = await ReadManifestAsync();
        var characters = manifest.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.GetProperty("characters").GetInt64());

        // Act
        var smallest = characters.Where(l => l.Key != "en").Min(l => l.Value);

        // Assert
        Assert.True(characters["en"] >= 10 * smallest, $"English has {characters["en"]} characters, the smallest language {smallest}.");
    }

    [Fact]
    public async Task Corpus_ChatExchanges_NeverRepeatADemoSuitePrompt()
    {
        // Arrange
        using var manifest = await ReadManifestAsync();
        var user = manifest.RootElement.GetProperty("chat_format").GetProperty("user").GetString()!;
        var assistant = manifest.RootElement.GetProperty("chat_format").GetProperty("assistant").GetString()!;
        var suitePrompts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "translation.jsonl", "questions.jsonl", "open.jsonl" })
        {
            foreach (var line in await ReadLinesAsync(Path.Combine(SuiteDirectory, file)))
            {
                suitePrompts.Add(JsonDocument.Parse(line).RootElement.GetProperty("prompt").GetString()!);
            }
        }

        // Act
        var leaked = new List<string>();
        foreach (var language in manifest.RootElement.GetProperty("languages").EnumerateObject())
        {
            var text = await File.ReadAllTextAsync(Path.Combine(CorpusDirectory, language.Value.GetProperty("file").GetString()!), StrictUtf8);
            leaked.AddRange(suitePrompts.Where(p => text.Contains(user + p + assistant, StringComparison.Ordinal)));
        }

        // Assert
        Assert.Empty(leaked);
    }

    private static async Task<JsonDocument> ReadManifestAsync() =>
        JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(CorpusDirectory, "manifest.json"), StrictUtf8));

    private static async Task<string[]> ReadLinesAsync(string path) =>
        (await File.ReadAllLinesAsync(path, StrictUtf8)).Where(line => line.Length > 0).ToArray();
}
