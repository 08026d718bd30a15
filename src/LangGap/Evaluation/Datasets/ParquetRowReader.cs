using Parquet.Serialization;

namespace LangGap.Evaluation.Datasets;

/// <summary>Reads every row of a Parquet file as a dictionary of column values.</summary>
internal static class ParquetRowReader
{
    public static async Task<IReadOnlyList<DatasetRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"File '{path}' does not exist.");
        }
        await using var stream = File.OpenRead(path);
        IList<Dictionary<string, object>> data;
        try
        {
            var result = await ParquetSerializer.DeserializeUntypedAsync(stream, null, null, cancellationToken).ConfigureAwait(false);
            data = result.Data;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new InvalidInputException($"'{path}' is not a readable Parquet file: {e.Message}", e);
        }
        var rows = new List<DatasetRow>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in data[i])
            {
                fields[name] = value is System.Collections.IEnumerable list and not string
                    ? list.Cast<object?>().ToList()
                    : value;
            }
            rows.Add(new DatasetRow(path, i + 1, fields));
        }
        return rows;
    }
}
