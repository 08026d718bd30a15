namespace LangGap.Evaluation.Datasets;

/// <summary>The first N samples of each language of another dataset, in its order (so a limited run still covers every language).</summary>
public sealed class PerLanguageLimitDataset : IDataset
{
    private readonly IDataset _inner;
    private readonly int _limit;

    /// <summary>Keeps the first <paramref name="limit"/> samples of each language of <paramref name="inner"/>.</summary>
    public PerLanguageLimitDataset(IDataset inner, int limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _inner = inner;
        _limit = limit;
    }

    /// <inheritdoc />
    public string Description => $"{_inner.Description}|per-language:{_limit}";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken)
    {
        var samples = await _inner.LoadAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Sample>();
        foreach (var sample in samples)
        {
            var key = sample.Language.ToString();
            var n = counts.GetValueOrDefault(key);
            if (n < _limit)
            {
                kept.Add(sample);
            }
            counts[key] = n + 1;
        }
        return kept;
    }
}
