namespace LangGap.Evaluation.Datasets;

/// <summary>Several datasets read one after another as one (a task's per-language files).</summary>
public sealed class CombinedDataset : IDataset
{
    private readonly IReadOnlyList<IDataset> _parts;

    /// <summary>Reads <paramref name="parts"/> in order.</summary>
    public CombinedDataset(IReadOnlyList<IDataset> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        _parts = parts;
    }

    /// <inheritdoc />
    public string Description => string.Join(" + ", _parts.Select(p => p.Description));

    /// <inheritdoc />
    public async Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken)
    {
        var samples = new List<Sample>();
        foreach (var part in _parts)
        {
            samples.AddRange(await part.LoadAsync(cancellationToken).ConfigureAwait(false));
        }
        return samples;
    }
}
