namespace LangGap.Evaluation.Datasets;

/// <summary>Loads the samples a <see cref="DatasetSpec"/> describes.</summary>
public static class DatasetLoader
{
    /// <summary>The mapping of Aya red-teaming JSONL: <c>prompt</c>, <c>language</c>; harm category and global/local kept as metadata.</summary>
    public static FieldMapping AyaRedTeaming { get; } = new() { References = [] };

    /// <summary>The mapping of instruction/response JSONL: <c>instruction</c> → prompt, <c>response</c> → reference.</summary>
    public static FieldMapping InstructionResponse { get; } = new() { Prompt = "instruction", References = ["response"] };

    /// <summary>Loads every sample of <paramref name="spec"/>; <paramref name="httpClient"/> is used for Hub downloads.</summary>
    /// <exception cref="InvalidInputException">A file is missing or malformed; the message names the file and line.</exception>
    public static async Task<IReadOnlyList<Sample>> LoadAsync(DatasetSpec spec, HttpClient? httpClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        switch (spec.Format)
        {
            case DatasetFormat.Flores:
                if (spec.TargetLanguages.Count == 0)
                {
                    throw new InvalidInputException($"FLORES dataset '{spec.Path}' names no target languages.");
                }
                return await FloresReader.ReadAsync(spec.Path, spec.SourceLanguage, spec.TargetLanguages, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.Mgsm:
                var language = spec.Language ?? LanguageFromMgsmName(spec.Path);
                var mgsm = await DelimitedRowReader.ReadAsync(spec.Path, '\t', ["question", "answer"], cancellationToken).ConfigureAwait(false);
                return [.. mgsm.Select(row => SampleMapper.Map(
                    row with { Fields = new Dictionary<string, object?>(row.Fields) { ["id"] = $"mgsm-{language}-{row.Line:0000}" } },
                    new FieldMapping { Prompt = "question", References = ["answer"] }, language))];
            case DatasetFormat.Xcopa or DatasetFormat.XStoryCloze or DatasetFormat.XWinograd or DatasetFormat.GlobalMmlu or DatasetFormat.MultipleChoice:
                return await MultipleChoiceRows.LoadAsync(spec, httpClient, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.HuggingFace:
                var hub = new HuggingFaceHubClient(spec.Hub, httpClient);
                var files = await hub.GetParquetFilesAsync(spec.Path, spec.HubConfig, spec.HubSplit, cancellationToken).ConfigureAwait(false);
                var samples = new List<Sample>();
                foreach (var file in files)
                {
                    var rows = await ParquetRowReader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                    samples.AddRange(rows.Select(r => SampleMapper.Map(r, spec.Fields, spec.Language)));
                }
                return samples;
        }
        var (mapping, read) = spec.Format switch
        {
            DatasetFormat.Jsonl => (spec.Fields, JsonlRowReader.ReadAsync(spec.Path, cancellationToken)),
            DatasetFormat.AyaRedTeaming => (AyaRedTeaming, JsonlRowReader.ReadAsync(spec.Path, cancellationToken)),
            DatasetFormat.InstructionResponse => (InstructionResponse, JsonlRowReader.ReadAsync(spec.Path, cancellationToken)),
            DatasetFormat.Csv => (spec.Fields, DelimitedRowReader.ReadAsync(spec.Path, ',', null, cancellationToken)),
            DatasetFormat.Tsv => (spec.Fields, DelimitedRowReader.ReadAsync(spec.Path, '\t', null, cancellationToken)),
            DatasetFormat.Parquet => (spec.Fields, ParquetRowReader.ReadAsync(spec.Path, cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Format, "Unknown dataset format."),
        };
        var loaded = await read.ConfigureAwait(false);
        if (spec.Format == DatasetFormat.InstructionResponse)
        {
            loaded = [.. loaded.Select(r => r.Fields.ContainsKey("instruction") || !r.Fields.TryGetValue("prompt", out var p)
                ? r
                : r with { Fields = new Dictionary<string, object?>(r.Fields) { ["instruction"] = p } })];
        }
        return [.. loaded.Select(r => SampleMapper.Map(r, mapping, spec.Language))];
    }

    private static string LanguageFromMgsmName(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return name.StartsWith("mgsm_", StringComparison.Ordinal) && name.Length > 5
            ? name[5..]
            : throw new InvalidInputException($"Cannot tell the language of MGSM file '{path}': name it mgsm_<code>.tsv or give the language.");
    }
}
