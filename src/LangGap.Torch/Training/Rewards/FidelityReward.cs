using LangGap.Identification;
using LangGap.Identification.Fidelity;
using LangGap.Languages;

namespace LangGap.Torch.Training.Rewards;

/// <summary>Language fidelity as a reward: the probability that language identification (lid.176 by default) gives to the
/// expected language for the completion, in [0, 1].</summary>
/// <remarks>The expected language is the record's <c>language</c> field, or else the language identified from the prompt's
/// user turns. An empty completion gets 0. The probability is a smoother training signal than a pass/fail verdict; the
/// evaluation-side <see cref="LanguageFidelityScorer"/> gives the verdict.</remarks>
public sealed class FidelityReward(LanguageIdentifier? identifier = null) : IReward
{
    private readonly LanguageIdentifier _identifier = identifier ?? LanguageIdentifier.Default;

    /// <inheritdoc />
    public string Name => "fidelity";

    /// <inheritdoc />
    /// <exception cref="InvalidInputException">A record's <c>language</c> is not a language tag.</exception>
    public Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var scores = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var expected = ExpectedLanguage(inputs[i]);
            var text = inputs[i].Completion.ReplaceLineEndings(" ").Trim();
            if (expected is null || text.Length == 0)
            {
                continue;
            }
            scores[i] = _identifier.Identify(text, _identifier.Labels.Count)
                .Where(p => p.Language is { } language && LanguageTag.Equivalent(language, expected))
                .Select(p => p.Probability).DefaultIfEmpty(0).Max();
        }
        return Task.FromResult<IReadOnlyList<double>>(scores);
    }

    /// <summary>The language the completion should be in: the record's field, else the prompt's identified language.</summary>
    public LanguageTag? ExpectedLanguage(RewardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Record.Language is { } field)
        {
            return LanguageTag.TryParse(field, out var tag)
                ? tag
                : throw new InvalidInputException($"{input.Record.Source}: 'language' is '{field}', which is not a language tag.");
        }
        var top = _identifier.Identify(input.Record.PromptText.ReplaceLineEndings(" "));
        return top.Count > 0 ? top[0].Language : null;
    }
}
