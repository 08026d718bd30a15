using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;
using LangGap.Evaluation.Scoring;
using LangGap.Tests.Models;
using Microsoft.Extensions.AI;

namespace LangGap.Tests.Evaluation.Datasets;

public sealed class DatasetLoaderTests
{
    private static async Task<IReadOnlyList<Sample>> LoadAsync(TestDirectory directory, string name, string content, DatasetFormat format, FieldMapping? fields = null, string? language = null)
    {
        var path = directory.File(name);
        await File.WriteAllTextAsync(path, content);
        return await new DatasetSpec { Format = format, Path = path, Fields = fields ?? FieldMapping.Default, Language = language }.LoadAsync(default);
    }

    [Fact]
    public async Task Jsonl_DefaultMapping_MapsFieldsAndKeepsRestAsMetadata()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "d.jsonl", """
            {"id": "a1", "language": "sw", "prompt": "Habari?", "reference": "Nzuri", "difficulty": 2}

            {"id": "a2", "language": "hi", "prompt": "नमस्ते", "reference": ["one", "two"]}
            """, DatasetFormat.Jsonl);

        Assert.Equal(2, samples.Count);
        Assert.Equal("sw", samples[0].Language.ToString());
        Assert.Equal("Habari?", samples[0].Prompt);
        Assert.Equal(["Nzuri"], samples[0].References);
        Assert.Equal("2", samples[0].Metadata["difficulty"]);
        Assert.Equal(["one", "two"], samples[1].References);
    }

    [Fact]
    public async Task Jsonl_MalformedLine_ErrorNamesFileAndLine()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.jsonl", "{\"prompt\": \"a\", \"language\": \"en\"}\n{\"prompt\": oops}\n", DatasetFormat.Jsonl));

        Assert.StartsWith($"{directory.File("d.jsonl")}:2: ", error.Message);
    }

    [Fact]
    public async Task Jsonl_MissingPrompt_ErrorNamesFileLineAndField()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.jsonl", "{\"text\": \"a\", \"language\": \"en\"}\n", DatasetFormat.Jsonl));

        Assert.StartsWith($"{directory.File("d.jsonl")}:1: the prompt field 'prompt'", error.Message);
    }

    [Fact]
    public async Task Jsonl_UnknownLanguage_ErrorNamesFileLineAndValue()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.jsonl", "{\"prompt\": \"a\", \"language\": \"en\"}\n{\"prompt\": \"b\", \"language\": \"Klingon\"}\n", DatasetFormat.Jsonl));

        Assert.StartsWith($"{directory.File("d.jsonl")}:2: 'Klingon' is not a language", error.Message);
    }

    [Fact]
    public async Task Jsonl_NoLanguageAnywhere_Errors()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.jsonl", "{\"prompt\": \"a\"}\n", DatasetFormat.Jsonl));

        Assert.Contains(":1: the language field", error.Message);
    }

    [Fact]
    public async Task Csv_QuotedFieldsAcrossLines_AreRead()
    {
        using var directory = new TestDirectory();
        var fields = new FieldMapping { Prompt = "question", References = ["answer"], System = "sys" };

        var samples = await LoadAsync(directory, "d.csv", "question,answer,sys\n\"Say \"\"hi\"\",\nthen stop\",5,Be terse\nplain,6,\n", DatasetFormat.Csv, fields, "en");

        Assert.Equal(2, samples.Count);
        Assert.Equal("Say \"hi\",\nthen stop", samples[0].Prompt);
        Assert.Equal(ChatRole.System, samples[0].Messages[0].Role);
        Assert.Equal("d.csv:4", samples[1].Id);
        Assert.Single(samples[1].Messages);
    }

    [Fact]
    public async Task Csv_WrongFieldCount_ErrorNamesLine()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.csv", "prompt,language\na,en\nb,en,extra\n", DatasetFormat.Csv));

        Assert.StartsWith($"{directory.File("d.csv")}:3: expected 2 fields; found 3.", error.Message);
    }

    [Fact]
    public async Task Csv_UnclosedQuote_ErrorNamesStartLine()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "d.csv", "prompt,language\n\"open,en\nmore\n", DatasetFormat.Csv));

        Assert.StartsWith($"{directory.File("d.csv")}:2: a quoted field is not closed", error.Message);
    }

    [Fact]
    public async Task Tsv_QuotesAreLiteral()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "d.tsv", "prompt\tlanguage\n\"quoted\" text\tfr\n", DatasetFormat.Tsv);

        Assert.Equal("\"quoted\" text", Assert.Single(samples).Prompt);
    }

    [Fact]
    public async Task Mgsm_TsvWithoutHeader_UsesQuestionAnswerAndLanguageFromName()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "mgsm_bn.tsv", "প্রশ্ন এক\t18\nপ্রশ্ন দুই\t3\n", DatasetFormat.Mgsm);

        Assert.Equal(["mgsm-bn-0001", "mgsm-bn-0002"], samples.Select(s => s.Id));
        Assert.All(samples, s => Assert.Equal("bn", s.Language.ToString()));
        Assert.Equal(["18"], samples[0].References);
    }

    [Fact]
    public async Task Mgsm_LineWithOneColumn_ErrorNamesLine()
    {
        using var directory = new TestDirectory();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => LoadAsync(directory, "mgsm_de.tsv", "a\t1\nb\n", DatasetFormat.Mgsm));

        Assert.Contains("mgsm_de.tsv:2: expected 2 fields; found 1.", error.Message);
    }

    [Fact]
    public async Task Flores_AlignedFiles_GiveOneSamplePerTargetAndLine()
    {
        using var directory = new TestDirectory();
        await File.WriteAllTextAsync(directory.File("eng_Latn.devtest"), "Hello.\nGood night.\n");
        await File.WriteAllTextAsync(directory.File("deu_Latn.devtest"), "Hallo.\nGute Nacht.\n");
        await File.WriteAllTextAsync(directory.File("swh_Latn.devtest"), "Habari.\nUsiku mwema.\n");
        var spec = new DatasetSpec { Format = DatasetFormat.Flores, Path = directory.Path, TargetLanguages = ["deu_Latn", "swh_Latn"] };

        var samples = await spec.LoadAsync(default);

        Assert.Equal(4, samples.Count);
        var second = samples.Single(s => s.Id == "eng_Latn-swh_Latn-0002");
        Assert.Equal("Good night.", second.Prompt);
        Assert.Equal(["Usiku mwema."], second.References);
        Assert.Equal("swh", second.Language.ToString());
        Assert.Equal("eng_Latn", second.Metadata["source_language"]);
    }

    [Fact]
    public async Task Flores_MisalignedFiles_Error()
    {
        using var directory = new TestDirectory();
        await File.WriteAllTextAsync(directory.File("eng_Latn.devtest"), "a\nb\n");
        await File.WriteAllTextAsync(directory.File("fra_Latn.devtest"), "a\n");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new DatasetSpec { Format = DatasetFormat.Flores, Path = directory.Path, TargetLanguages = ["fra_Latn"] }.LoadAsync(default));

        Assert.Contains("has 1 lines", error.Message);
    }

    [Fact]
    public async Task AyaRedTeaming_Jsonl_KeepsHarmCategoryAndScope()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "aya.jsonl",
            """{"prompt": "<script>alert(1)</script>", "language": "Serbian", "harm_category": "[\"Violence\"]", "global_or_local": "local", "literal_translation": "x"}""" + "\n",
            DatasetFormat.AyaRedTeaming);

        var sample = Assert.Single(samples);
        Assert.Equal("sr", sample.Language.ToString());
        Assert.Equal("local", sample.Metadata["global_or_local"]);
        Assert.Contains("Violence", sample.Metadata["harm_category"]);
        Assert.Empty(sample.References);
    }

    [Fact]
    public async Task InstructionResponse_PromptOrInstruction_BothAccepted()
    {
        using var directory = new TestDirectory();

        var samples = await LoadAsync(directory, "ir.jsonl", """
            {"instruction": "Translate 'cat'", "response": "gato", "language": "es"}
            {"prompt": "Nenne eine Farbe", "response": "Blau", "language": "de"}
            """, DatasetFormat.InstructionResponse);

        Assert.Equal(["Translate 'cat'", "Nenne eine Farbe"], samples.Select(s => s.Prompt));
        Assert.Equal(["gato"], samples[0].References);
    }

    [Fact]
    public async Task Parquet_GeneratedFile_MapsColumnsAndListReferences()
    {
        using var directory = new TestDirectory();
        var path = directory.File("d.parquet");
        await ParquetFiles.WriteAsync(path, [new ParquetRow { id = "p1", language = "ja", prompt = "こんにちは", reference = ["hello", "hi"] }, new ParquetRow { id = "p2", language = "th", prompt = "สวัสดี", reference = ["hello"] }]);

        var samples = await new DatasetSpec { Format = DatasetFormat.Parquet, Path = path }.LoadAsync(default);

        Assert.Equal(["p1", "p2"], samples.Select(s => s.Id));
        Assert.Equal(["hello", "hi"], samples[0].References);
        Assert.Equal("สวัสดี", samples[1].Prompt);
    }
}
