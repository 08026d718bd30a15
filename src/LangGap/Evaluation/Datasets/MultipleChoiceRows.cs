using System.Globalization;
using System.Text.RegularExpressions;
using LangGap.Languages;

namespace LangGap.Evaluation.Datasets;

/// <summary>Reads multiple-choice datasets in their published layouts (XCOPA, XStoryCloze, XWinograd, Global-MMLU) or
/// through a field mapping, from local files or the Hugging Face Hub, into samples with <see cref="Sample.Choices"/>.</summary>
/// <remarks>
/// <para>Each item becomes what lm-evaluation-harness scores for that task: XCOPA's context is the premise without its
/// final punctuation and the language's cause/effect connector, the options the two alternatives with a lower-case first
/// letter; XStoryCloze's context is the four sentences joined by spaces, the options the two endings; XWinograd's options
/// are the sentence up to the blank with each candidate filled in (contexts) followed by the rest of the sentence (the
/// shared continuation); Global-MMLU's context is the question, the four lettered options and <c>Answer:</c>, the options
/// the letters.</para>
/// <para>A local file is read by its extension (<c>.jsonl</c>, <c>.csv</c>, <c>.tsv</c>, <c>.parquet</c>); a path
/// <c>hf:owner/name</c> reads the Hub's Parquet files of the spec's config and split. The language is the spec's, else
/// taken from the published file name (<c>test.id.jsonl</c>, <c>spring2016.val.ru.tsv.split_20_80_eval.tsv</c>), else from
/// a parent folder named by a language code (<c>data/jp/test.jsonl</c>, XWinograd's <c>jp</c> being Japanese).</para>
/// </remarks>
internal static partial class MultipleChoiceRows
{
    public static async Task<IReadOnlyList<Sample>> LoadAsync(DatasetSpec spec, HttpClient? httpClient, CancellationToken cancellationToken)
    {
        var (rows, language) = await RowsAsync(spec, httpClient, cancellationToken).ConfigureAwait(false);
        var samples = new List<Sample>(rows.Count);
        foreach (var row in rows)
        {
            var code = (spec.Format == DatasetFormat.MultipleChoice ? Text(row, spec.Fields.Language) : null) ?? language
                ?? throw InvalidInputException.At(row.File, row.Line, $"the row has no '{spec.Fields.Language}' field and the dataset no 'language'.");
            var tag = LanguageNames.Resolve(code == "jp" ? "ja" : code)
                ?? throw InvalidInputException.At(row.File, row.Line, $"'{code}' is not a language code LangGap knows.");
            var (id, context, choices, gold, metadata) = spec.Format switch
            {
                DatasetFormat.Xcopa => Xcopa(row, tag, spec),
                DatasetFormat.XStoryCloze => StoryCloze(row),
                DatasetFormat.XWinograd => Winograd(row),
                DatasetFormat.GlobalMmlu => Mmlu(row),
                _ => Mapped(row, spec.Fields),
            };
            if (gold < 0 || gold >= choices.Count)
            {
                throw InvalidInputException.At(row.File, row.Line, $"the gold option {gold + 1} is not one of the {choices.Count} options.");
            }
            var prefix = spec.Format.ToString().ToLowerInvariant();
            samples.Add(Sample.FromPrompt(id ?? $"{prefix}-{tag}-{row.Line:00000}", tag, context, [choices[gold].Text], metadata) with { Choices = choices, Gold = gold });
        }
        return samples;
    }

    private static async Task<(IReadOnlyList<DatasetRow> Rows, string? Language)> RowsAsync(DatasetSpec spec, HttpClient? httpClient, CancellationToken cancellationToken)
    {
        if (spec.Path.StartsWith("hf:", StringComparison.Ordinal))
        {
            var hub = new HuggingFaceHubClient(spec.Hub, httpClient);
            var files = await hub.GetParquetFilesAsync(spec.Path[3..], spec.HubConfig, spec.HubSplit, cancellationToken).ConfigureAwait(false);
            var all = new List<DatasetRow>();
            foreach (var file in files)
            {
                all.AddRange(await ParquetRowReader.ReadAsync(file, cancellationToken).ConfigureAwait(false));
            }
            return (all, spec.Language ?? spec.HubConfig);
        }
        if (!File.Exists(spec.Path))
        {
            throw new InvalidInputException($"File '{spec.Path}' does not exist.");
        }
        var language = spec.Language ?? LanguageOf(spec.Path);
        if (language is null && spec.Format != DatasetFormat.MultipleChoice)
        {
            throw new InvalidInputException($"Cannot tell the language of '{spec.Path}' from its name or folder; give the dataset a 'language'.");
        }
        var rows = Path.GetExtension(spec.Path).ToLowerInvariant() switch
        {
            ".jsonl" or ".json" => await JsonlRowReader.ReadAsync(spec.Path, cancellationToken).ConfigureAwait(false),
            ".csv" => await DelimitedRowReader.ReadAsync(spec.Path, ',', null, cancellationToken).ConfigureAwait(false),
            ".parquet" => await ParquetRowReader.ReadAsync(spec.Path, cancellationToken).ConfigureAwait(false),
            _ => await DelimitedRowReader.ReadAsync(spec.Path, '\t', null, cancellationToken).ConfigureAwait(false),
        };
        return (rows, language);
    }

    private static string? LanguageOf(string path)
    {
        var name = Path.GetFileName(path);
        if (PublishedName().Match(name) is { Success: true } m)
        {
            return m.Groups["lang"].Value;
        }
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return folder is { Length: 2 or 3 } && (folder == "jp" || LanguageTag.TryParse(folder, out _)) ? folder : null;
    }

    private static Row Xcopa(DatasetRow row, LanguageTag language, DatasetSpec spec)
    {
        var premise = Required(row, "premise").Trim();
        if (premise.Length > 0 && char.IsPunctuation(premise[^1]))
        {
            premise = premise[..^1];
        }
        var question = Required(row, "question");
        var connectors = spec.Connectors ?? XcopaConnectors.For(language.Language)
            ?? throw InvalidInputException.At(row.File, row.Line, $"XCOPA has no cause/effect connectors for '{language}'; give the dataset 'connectors': {{\"cause\": …, \"effect\": …}}.");
        var connector = question switch
        {
            "cause" => connectors.Cause,
            "effect" => connectors.Effect,
            _ => throw InvalidInputException.At(row.File, row.Line, $"'question' must be cause or effect; found '{question}'."),
        };
        Choice Option(string field)
        {
            var text = Required(row, field).Trim();
            return new Choice(text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..]);
        }
        var id = Text(row, "idx") is { } idx ? $"xcopa-{language}-{idx}" : null;
        return new(id, $"{premise} {connector}", [Option("choice1"), Option("choice2")], Index(row, "label", 0), Metadata(row, "question"));
    }

    private static Row StoryCloze(DatasetRow row)
    {
        string Field(string hf, string original) => Text(row, hf) ?? Required(row, original);
        var story = string.Join(' ', Enumerable.Range(1, 4).Select(i => Field($"input_sentence_{i}", $"InputSentence{i}").Trim()));
        var endings = new[] { Field("sentence_quiz1", "RandomFifthSentenceQuiz1"), Field("sentence_quiz2", "RandomFifthSentenceQuiz2") };
        var gold = Text(row, "answer_right_ending") is not null ? Index(row, "answer_right_ending", 1) : Index(row, "AnswerRightEnding", 1);
        var id = Text(row, "story_id") ?? Text(row, "InputStoryid");
        return new(id is null ? null : "xstorycloze-" + id, story, [.. endings.Select(e => new Choice(e.Trim()))], gold, new Dictionary<string, string>());
    }

    private static Row Winograd(DatasetRow row)
    {
        var sentence = Required(row, "sentence");
        var blank = sentence.IndexOf('_', StringComparison.Ordinal);
        if (blank < 0)
        {
            throw InvalidInputException.At(row.File, row.Line, "the sentence has no '_' blank.");
        }
        var rest = sentence[(blank + 1)..].Trim();
        var choices = new[] { "option1", "option2" }.Select(f => new Choice(rest, sentence[..blank] + Required(row, f))).ToArray();
        return new(null, sentence[..blank].TrimEnd(), choices, Index(row, "answer", 1), new Dictionary<string, string>());
    }

    private static Row Mmlu(DatasetRow row)
    {
        var global = Text(row, "option_a") is not null;
        var question = (global ? Required(row, "question") : Required(row, "Question")).Trim();
        var options = global ? new[] { "option_a", "option_b", "option_c", "option_d" } : ["A", "B", "C", "D"];
        var context = question + string.Concat(options.Select((f, i) => $"\n{(char)('A' + i)}. {Required(row, f)}")) + "\nAnswer:";
        var answer = (global ? Required(row, "answer") : Required(row, "Answer")).Trim();
        var gold = answer.Length == 1 && answer[0] is >= 'A' and <= 'D' ? answer[0] - 'A'
            : throw InvalidInputException.At(row.File, row.Line, $"the answer must be a letter A–D; found '{answer}'.");
        var metadata = Metadata(row, "subject", "subject_category", "cultural_sensitivity_label", "Subject");
        var id = Text(row, "sample_id");
        return new(id, context, [new("A"), new("B"), new("C"), new("D")], gold, metadata);
    }

    private static Row Mapped(DatasetRow row, FieldMapping fields)
    {
        if (fields.Choices is not { Count: > 0 } choiceFields || fields.Gold is null)
        {
            throw new InvalidInputException($"A multiple-choice dataset needs 'choices' and 'gold' in its field mapping ({row.File}).");
        }
        var context = Required(row, fields.Prompt);
        var options = choiceFields.Count == 1 && row.Fields.GetValueOrDefault(choiceFields[0]) is IEnumerable<object?> list
            ? [.. list.Select(v => v is null ? "" : SampleMapper.Stringify(v))]
            : choiceFields.Select(f => Required(row, f)).ToList();
        var goldText = Required(row, fields.Gold).Trim();
        var gold = int.TryParse(goldText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) ? index
            : goldText.Length == 1 && char.IsAsciiLetterUpper(goldText[0]) ? goldText[0] - 'A'
            : options.IndexOf(goldText) is >= 0 and var at ? at
            : throw InvalidInputException.At(row.File, row.Line, $"gold '{goldText}' is not an index, a letter or one of the options.");
        return new(Text(row, fields.Id), context, [.. options.Select(o => new Choice(o))], gold, Metadata(row, fields.Metadata?.ToArray() ?? []));
    }

    private static int Index(DatasetRow row, string field, int first)
    {
        var text = Required(row, field).Trim();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value - first
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) ? (int)d - first
            : throw InvalidInputException.At(row.File, row.Line, $"'{field}' must be an option number; found '{text}'.");
    }

    private static Dictionary<string, string> Metadata(DatasetRow row, params string[] fields) =>
        fields.Where(f => Text(row, f) is not null).ToDictionary(f => f, f => Text(row, f)!, StringComparer.Ordinal);

    private static string? Text(DatasetRow row, string field) =>
        row.Fields.TryGetValue(field, out var value) && value is not null ? SampleMapper.Stringify(value) : null;

    private static string Required(DatasetRow row, string field) => Text(row, field)
        ?? throw InvalidInputException.At(row.File, row.Line, $"the field '{field}' is missing (fields: {string.Join(", ", row.Fields.Keys.Select(k => $"'{k}'"))}).");

    [GeneratedRegex(@"^(?:(?:test|val)\.(?<lang>[a-z]{2,3})\.jsonl|spring2016\.val\.(?<lang>[a-z]{2,3})\.tsv.*)$")]
    private static partial Regex PublishedName();

    private sealed record Row(string? Id, string Context, IReadOnlyList<Choice> Choices, int Gold, IReadOnlyDictionary<string, string> Metadata);
}
