using LangGap.Evaluation;
using LangGap.Evaluation.Scoring;
using LangGap.Languages;

namespace LangGap.Torch.Training.Rewards;

/// <summary>A text attribute of <c>LangGap.Synthesis.Attributes.AttributeCatalog</c> (MTLD, TTR, readability, profanity, …) as a reward: the scorer's value.</summary>
/// <remarks>
/// The sample the scorer sees has the record's <c>language</c> (else the language identified from the prompt) and the
/// prompt's turns. An unscored completion (no words, no readability formula for the language, no language to judge)
/// gives NaN, which a weighted reward leaves out for that completion. Values are the scorer's own scale (MTLD in
/// tokens, readability in ease points), so choose weights accordingly; profanity is 1 for a hit, so give it a
/// negative weight.
/// </remarks>
public sealed class AttributeReward : IReward
{
    private readonly IScorer _scorer;
    private readonly FidelityReward _language = new();

    /// <summary>Rewards with <paramref name="scorer"/>'s values, named <paramref name="name"/>.</summary>
    public AttributeReward(string name, IScorer scorer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scorer);
        Name = name;
        _scorer = scorer;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var scores = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_language.ExpectedLanguage(inputs[i]) is not { } language)
            {
                scores[i] = double.NaN;
                continue;
            }
            var sample = new Sample(inputs[i].Record.Source, language, inputs[i].Record.Prompt, [], new Dictionary<string, string>());
            var score = await _scorer.ScoreAsync(new ScoringInput(sample, "policy", inputs[i].Completion), cancellationToken).ConfigureAwait(false);
            scores[i] = score.Value ?? double.NaN;
        }
        return scores;
    }
}
