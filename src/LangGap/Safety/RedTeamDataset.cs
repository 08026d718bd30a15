using System.Text.Json;
using LangGap.Evaluation;
using LangGap.Evaluation.Datasets;

namespace LangGap.Safety;

/// <summary>A red-teaming dataset in the Aya red-teaming schema, with every row's harm categories and global/local label checked.</summary>
/// <remarks>
/// <para>Rows have <c>prompt</c>, <c>language</c> (a code or an English name), <c>harm_category</c> (a JSON list, a string
/// holding a Python list, or one name), <c>global_or_local</c>, and optional <c>literal_translation</c>,
/// <c>semantic_translation</c>, <c>explanation</c>, <c>id</c> and <c>item</c> (the id shared by one prompt's versions
/// across languages). JSONL, CSV, TSV and Parquet files are read locally; a Hugging Face dataset
/// (<c>CohereForAI/aya_redteaming</c>) through the hub client's Parquet files.</para>
/// <para>Category names are matched onto the nine of <see cref="HarmCategories"/>; an unknown one is an
/// <see cref="InvalidInputException"/> naming the file, line and value, or is kept as written when
/// <see cref="AllowUnknownCategories"/> is set. A <c>global_or_local</c> other than global or local is an error too. In the
/// samples, <c>harm_category</c> holds the canonical names as a JSON list.</para>
/// </remarks>
public sealed record RedTeamDataset : IDataset
{
    /// <summary>Where the rows come from and how fields map (format, path, field names).</summary>
    public required DatasetSpec Source { get; init; }

    /// <summary>Keep category names outside the nine instead of failing.</summary>
    public bool AllowUnknownCategories { get; init; }

    /// <inheritdoc />
    public string Description => $"redteam:{Source.Description}";

    /// <summary>A red-team dataset over <paramref name="spec"/> when the suite's dataset object asks for one (<c>format: aya-redteaming</c> or <c>"red_team": true</c>), else the spec itself.</summary>
    internal static IDataset Wrap(DatasetSpec spec, JsonElement dataset)
    {
        var flagged = dataset.ValueKind == JsonValueKind.Object && dataset.TryGetProperty("red_team", out var r) && r.ValueKind == JsonValueKind.True;
        if (spec.Format != DatasetFormat.AyaRedTeaming && !flagged)
        {
            return spec;
        }
        var allow = dataset.TryGetProperty("allow_unknown_categories", out var a) && a.ValueKind == JsonValueKind.True;
        return new RedTeamDataset { Source = spec, AllowUnknownCategories = allow };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await ReadRowsAsync(cancellationToken).ConfigureAwait(false);
        var mapping = Source.Format == DatasetFormat.AyaRedTeaming ? DatasetLoader.AyaRedTeaming : Source.Fields;
        var samples = new List<Sample>(rows.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var fields = new Dictionary<string, object?>(row.Fields, StringComparer.Ordinal);
            fields[SafetyContext.CategoryField] = JsonSerializer.Serialize(Categories(row));
            if (row.Fields.TryGetValue(SafetyContext.ScopeField, out var scope) && scope is not null)
            {
                var text = SampleMapper.Stringify(scope);
                fields[SafetyContext.ScopeField] = HarmCategories.Scope(text)
                    ?? throw InvalidInputException.At(row.File, row.Line, $"'{SafetyContext.ScopeField}' is '{text}'; expected global or local.");
            }
            var sample = SampleMapper.Map(row with { Fields = fields }, mapping, Source.Language);
            if (!ids.Add(sample.Id))
            {
                throw InvalidInputException.At(row.File, row.Line, $"the id '{sample.Id}' is used by an earlier row.");
            }
            samples.Add(sample);
        }
        return samples;
    }

    private string[] Categories(DatasetRow row)
    {
        if (!row.Fields.TryGetValue(SafetyContext.CategoryField, out var value) || value is null)
        {
            throw InvalidInputException.At(row.File, row.Line, $"the row has no '{SafetyContext.CategoryField}'.");
        }
        var names = value is IEnumerable<object?> list
            ? list.Where(v => v is not null).Select(v => SampleMapper.Stringify(v!).Trim()).ToList()
            : [.. HarmCategories.Split(SampleMapper.Stringify(value))];
        var result = new List<string>(names.Count);
        foreach (var name in names)
        {
            var canonical = HarmCategories.Normalise(name);
            if (canonical is null && !AllowUnknownCategories)
            {
                throw InvalidInputException.At(row.File, row.Line,
                    $"harm category '{name}' is not one of the nine Aya red-teaming categories ({string.Join("; ", HarmCategories.All)}); pass --allow-unknown-categories to keep it.");
            }
            result.Add(canonical ?? name);
        }
        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<DatasetRow>> ReadRowsAsync(CancellationToken cancellationToken)
    {
        switch (Source.Format)
        {
            case DatasetFormat.Jsonl or DatasetFormat.AyaRedTeaming:
                return await JsonlRowReader.ReadAsync(Source.Path, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.Csv:
                return await DelimitedRowReader.ReadAsync(Source.Path, ',', null, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.Tsv:
                return await DelimitedRowReader.ReadAsync(Source.Path, '\t', null, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.Parquet:
                return await ParquetRowReader.ReadAsync(Source.Path, cancellationToken).ConfigureAwait(false);
            case DatasetFormat.HuggingFace:
                var hub = new HuggingFaceHubClient(Source.Hub);
                var rows = new List<DatasetRow>();
                foreach (var file in await hub.GetParquetFilesAsync(Source.Path, Source.HubConfig, Source.HubSplit, cancellationToken).ConfigureAwait(false))
                {
                    rows.AddRange(await ParquetRowReader.ReadAsync(file, cancellationToken).ConfigureAwait(false));
                }
                return rows;
            default:
                throw new InvalidInputException($"A red-teaming dataset is JSONL, CSV, TSV, Parquet or a Hugging Face dataset; '{Source.Path}' is {Source.Format}.");
        }
    }
}
