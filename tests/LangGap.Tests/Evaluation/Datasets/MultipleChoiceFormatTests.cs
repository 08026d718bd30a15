using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Tests.Models;

namespace LangGap.Tests.Evaluation.Datasets;

/// <summary>The published layouts, written from the datasets' documentation as small fixtures.</summary>
public sealed class MultipleChoiceFormatTests
{
    private static async Task<IReadOnlyList<Sample>> LoadAsync(TestDirectory directory, string relative, string content, DatasetFormat format, FieldMapping? fields = null)
    {
        var path = directory.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content);
        return await new DatasetSpec { Format = format, Path = path, Fields = fields ?? FieldMapping.Default }.LoadAsync(default);
    }

    [Fact]
    public async Task Xcopa_PublishedJsonl_ContextEndsWithConnectorAndOptionsAreLowerCased()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "xcopa/data/id/test.id.jsonl", """
            {"premise": "Barang itu dikemas dalam bungkus gelembung.", "choice1": "Barang itu rapuh.", "choice2": "Barang itu kecil.", "question": "cause", "label": 0, "idx": 1}
            {"premise": "Saya mengosongkan saku saya.", "choice1": "Saya mengambil tiket.", "choice2": "Saya menemukan senjata.", "question": "effect", "label": 1, "idx": 2}
            """, DatasetFormat.Xcopa);

        Assert.Equal(2, samples.Count);
        Assert.Equal("id", samples[0].Language.ToString());
        Assert.Equal("xcopa-id-1", samples[0].Id);
        Assert.Equal("Barang itu dikemas dalam bungkus gelembung karena", samples[0].Prompt);
        Assert.Equal(["barang itu rapuh.", "barang itu kecil."], samples[0].Choices.Select(c => c.Continuation));
        Assert.Equal(0, samples[0].Gold);
        Assert.Equal("Saya mengosongkan saku saya maka", samples[1].Prompt);
        Assert.Equal(1, samples[1].Gold);
    }

    [Fact]
    public async Task Xcopa_LanguageWithoutConnectors_ErrorNamesFileLineAndTheFix()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "test.de.jsonl",
            """{"premise": "Es regnet.", "choice1": "A", "choice2": "B", "question": "cause", "label": 0}""", DatasetFormat.Xcopa));

        Assert.Contains("test.de.jsonl:1", error.Message);
        Assert.Contains("'connectors'", error.Message);
    }

    [Fact]
    public async Task XStoryCloze_OriginalTsvHeader_JoinsFourSentencesAndNumbersEndingsFromOne()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "spring2016.val.ru.tsv.split_20_80_eval.tsv",
            "InputStoryid\tInputSentence1\tInputSentence2\tInputSentence3\tInputSentence4\tRandomFifthSentenceQuiz1\tRandomFifthSentenceQuiz2\tAnswerRightEnding\n" +
            "s-1\tОн проснулся.\tБыло холодно.\tОн оделся.\tОн вышел.\tОн замёрз.\tОн полетел.\t1\n", DatasetFormat.XStoryCloze);

        var sample = Assert.Single(samples);
        Assert.Equal("ru", sample.Language.ToString());
        Assert.Equal("xstorycloze-s-1", sample.Id);
        Assert.Equal("Он проснулся. Было холодно. Он оделся. Он вышел.", sample.Prompt);
        Assert.Equal(["Он замёрз.", "Он полетел."], sample.Choices.Select(c => c.Continuation));
        Assert.Equal(0, sample.Gold);
    }

    [Fact]
    public async Task XWinograd_JpFolder_OptionsAreContextsAndTheRestIsShared()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "xwinograd/data/jp/test.jsonl",
            """{"sentence": "The trophy doesn't fit into the suitcase because _ is too large.", "option1": "the trophy", "option2": "the suitcase", "answer": "1"}""",
            DatasetFormat.XWinograd);

        var sample = Assert.Single(samples);
        Assert.Equal("ja", sample.Language.ToString());
        Assert.Equal(["The trophy doesn't fit into the suitcase because the trophy", "The trophy doesn't fit into the suitcase because the suitcase"],
            sample.Choices.Select(c => c.Context));
        Assert.All(sample.Choices, c => Assert.Equal("is too large.", c.Continuation));
        Assert.Equal(0, sample.Gold);
    }

    [Fact]
    public async Task GlobalMmlu_Csv_QuestionWithLetteredOptionsAndLetterChoices()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "global-mmlu/de/test.csv",
            "sample_id,subject,subject_category,question,option_a,option_b,option_c,option_d,answer\n" +
            "abstract_algebra/test/0,abstract_algebra,STEM,Wie viel ist 2+2?,3,4,5,6,B\n", DatasetFormat.GlobalMmlu);

        var sample = Assert.Single(samples);
        Assert.Equal("de", sample.Language.ToString());
        Assert.Equal("abstract_algebra/test/0", sample.Id);
        Assert.Equal("Wie viel ist 2+2?\nA. 3\nB. 4\nC. 5\nD. 6\nAnswer:", sample.Prompt);
        Assert.Equal(["A", "B", "C", "D"], sample.Choices.Select(c => c.Continuation));
        Assert.Equal(1, sample.Gold);
        Assert.Equal("STEM", sample.Metadata["subject_category"]);
    }

    [Fact]
    public async Task GlobalMmlu_OpenAIMmmluColumns_ReadTheSame()
    {
        using var directory = new TestDirectory();

        var samples = await new DatasetSpec
        {
            Format = DatasetFormat.GlobalMmlu,
            Path = await Write(directory, "mmlu_FR-FR.csv", ",Question,A,B,C,D,Answer,Subject\n0,Combien font 2+2 ?,3,4,5,6,D,math\n"),
            Language = "fr",
        }.LoadAsync(default);

        Assert.Equal("Combien font 2+2 ?\nA. 3\nB. 4\nC. 5\nD. 6\nAnswer:", samples[0].Prompt);
        Assert.Equal(3, samples[0].Gold);
    }

    [Fact]
    public async Task MultipleChoice_FieldMapping_ListFieldAndTextGold()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "mc.jsonl",
            """{"q": "Capital of Kenya?", "options": ["Mombasa", "Nairobi"], "right": "Nairobi", "language": "sw"}""",
            DatasetFormat.MultipleChoice, new FieldMapping { Prompt = "q", Choices = ["options"], Gold = "right" });

        Assert.Equal(["Mombasa", "Nairobi"], samples[0].Choices.Select(c => c.Continuation));
        Assert.Equal(1, samples[0].Gold);
        Assert.Equal(["Nairobi"], samples[0].References);
    }

    [Fact]
    public async Task MultipleChoice_GoldOutOfRange_ErrorNamesFileAndLine()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "mc.jsonl",
            "\n{\"q\": \"x\", \"a\": \"1\", \"b\": \"2\", \"g\": 5, \"language\": \"en\"}",
            DatasetFormat.MultipleChoice, new FieldMapping { Prompt = "q", Choices = ["a", "b"], Gold = "g" }));

        Assert.Contains("mc.jsonl:2", error.Message);
    }

    private static async Task<string> Write(TestDirectory directory, string name, string content)
    {
        var path = directory.File(name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}

/// <summary>XCOPA read through the Hub client: a cached split, offline.</summary>
public sealed class MultipleChoiceHubTests
{
    public sealed class XcopaRow
    {
        public string? premise { get; set; }
        public string? choice1 { get; set; }
        public string? choice2 { get; set; }
        public string? question { get; set; }
        public long label { get; set; }
        public long idx { get; set; }
    }

    [Fact]
    public async Task Xcopa_HubPathWithCachedSplit_ReadsParquetAndTakesTheLanguageFromTheConfig()
    {
        using var directory = new TestDirectory();
        var split = Path.Combine(directory.Path, "datasets", "cambridgeltl--xcopa", "it", "test");
        Directory.CreateDirectory(split);
        await using (var file = File.Create(Path.Combine(split, "0000.parquet")))
        {
            await Parquet.Serialization.ParquetSerializer.SerializeAsync(
                new[] { new XcopaRow { premise = "Piove.", choice1 = "Apro l'ombrello.", choice2 = "Canto.", question = "effect", label = 0, idx = 7 } }, file);
        }
        await File.WriteAllTextAsync(Path.Combine(split, "complete"), "0000.parquet\n");

        var samples = await new DatasetSpec
        {
            Format = DatasetFormat.Xcopa,
            Path = "hf:cambridgeltl/xcopa",
            HubConfig = "it",
            HubSplit = "test",
            Hub = new HuggingFaceHubOptions { CacheDirectory = directory.Path, Offline = true },
        }.LoadAsync(default);

        var sample = Assert.Single(samples);
        Assert.Equal("xcopa-it-7", sample.Id);
        Assert.Equal("Piove quindi", sample.Prompt);
        Assert.Equal(["apro l'ombrello.", "canto."], sample.Choices.Select(c => c.Continuation));
    }
}
