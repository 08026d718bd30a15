namespace LangGap.Evaluation.Datasets;

/// <summary>Samples built in code (built-in suites, tests).</summary>
/// <param name="Name">The name used as the description.</param>
/// <param name="Samples">The samples, in order.</param>
public sealed record InMemoryDataset(string Name, IReadOnlyList<Sample> Samples) : IDataset
{
    /// <inheritdoc />
    public string Description => $"in-memory:{Name}";

    /// <inheritdoc />
    public Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Samples);
}
