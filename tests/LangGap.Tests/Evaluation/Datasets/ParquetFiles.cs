using Parquet.Serialization;

namespace LangGap.Tests.Evaluation.Datasets;

#pragma warning disable IDE1006 // column names as Hugging Face datasets spell them
public sealed class ParquetRow
{
    public string? id { get; set; }
    public string? language { get; set; }
    public string? prompt { get; set; }
    public List<string>? reference { get; set; }
}
#pragma warning restore IDE1006

public static class ParquetFiles
{
    public static async Task WriteAsync(string path, IReadOnlyList<ParquetRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = File.Create(path);
        await ParquetSerializer.SerializeAsync(rows, stream);
    }
}
