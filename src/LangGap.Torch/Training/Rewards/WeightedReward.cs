namespace LangGap.Torch.Training.Rewards;

/// <summary>A weighted sum of rewards; a term that is NaN for a completion is left out of that completion's sum.</summary>
public sealed class WeightedReward : IReward
{
    private readonly IReadOnlyList<(IReward Reward, double Weight)> _terms;

    /// <summary>Combines <paramref name="terms"/>.</summary>
    public WeightedReward(IReadOnlyList<(IReward Reward, double Weight)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            throw new ArgumentException("A weighted reward needs at least one term.", nameof(terms));
        }
        _terms = terms;
    }

    /// <summary>The terms and their weights.</summary>
    public IReadOnlyList<(IReward Reward, double Weight)> Terms => _terms;

    /// <inheritdoc />
    public string Name => string.Join(",", _terms.Select(t => FormattableString.Invariant($"{t.Reward.Name}={t.Weight}")));

    /// <summary>Each term's scores, then their weighted NaN-skipping sum.</summary>
    public async Task<(IReadOnlyList<double> Total, IReadOnlyDictionary<string, IReadOnlyList<double>> ByTerm)> ScoreTermsAsync(
        IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var byTerm = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        var total = new double[inputs.Count];
        foreach (var (reward, weight) in _terms)
        {
            var scores = await reward.ScoreAsync(inputs, cancellationToken).ConfigureAwait(false);
            byTerm[reward.Name] = scores;
            for (var i = 0; i < total.Length; i++)
            {
                if (!double.IsNaN(scores[i]))
                {
                    total[i] += weight * scores[i];
                }
            }
        }
        return (total, byTerm);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken) =>
        (await ScoreTermsAsync(inputs, cancellationToken).ConfigureAwait(false)).Total;
}
