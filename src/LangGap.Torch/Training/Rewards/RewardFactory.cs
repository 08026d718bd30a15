using Microsoft.Extensions.AI;

namespace LangGap.Torch.Training.Rewards;

/// <summary>Creates the rewards of a <see cref="RewardSpec"/> and owns the models they load.</summary>
public sealed class RewardFactory : IDisposable
{
    private readonly Func<string, IChatClient>? _resolveJudge;
    private readonly List<IDisposable> _owned = [];

    /// <summary>Creates rewards; <paramref name="resolveJudge"/> turns the MODEL of <c>judge:MODEL</c> into a chat client
    /// that the factory then owns.</summary>
    public RewardFactory(Func<string, IChatClient>? resolveJudge = null) => _resolveJudge = resolveJudge;

    /// <summary>The weighted sum of every term of <paramref name="spec"/>.</summary>
    public WeightedReward Build(RewardSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Build(Create);
    }

    /// <summary>The reward of one term.</summary>
    /// <exception cref="ArgumentException">The term cannot be built here (for example a judge without a resolver).</exception>
    public IReward Create(RewardTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        switch (term.Name)
        {
            case "length":
                return new LengthReward();
            case "fidelity":
                return new FidelityReward();
            case "chrf":
                return new ChrFReward();
            case "judge":
                var client = (_resolveJudge ?? throw new ArgumentException("No judge models are available here.", nameof(term)))(term.Argument!);
                _owned.Add(client);
                return new JudgeReward(client, term.Argument!);
            case "rm":
                var model = RewardModelReward.Load(term.Argument!);
                _owned.Add(model);
                return model;
            case var attribute when LangGap.Synthesis.Attributes.AttributeCatalog.TextNames.Contains(attribute):
                return new AttributeReward(attribute, LangGap.Synthesis.Attributes.AttributeCatalog.Create(attribute));
            default:
                throw new ArgumentException($"Unknown reward '{term.Name}'.", nameof(term));
        }
    }

    /// <summary>Frees the judges and reward models created.</summary>
    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        _owned.Clear();
    }
}
