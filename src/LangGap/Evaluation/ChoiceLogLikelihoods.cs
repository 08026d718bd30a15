using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Evaluation;

/// <summary>What a multiple-choice item's "generation" is: the log-likelihood of every option's continuation, stored as
/// the generation's text (JSON) so the run store, resume and exports keep it like any output.</summary>
/// <param name="LogProbs">Summed natural-log probability of each option's continuation, in option order.</param>
/// <param name="Tokens">How many tokens each continuation was.</param>
public sealed record ChoiceLogLikelihoods(
    [property: JsonPropertyName("logprobs")] IReadOnlyList<double> LogProbs,
    [property: JsonPropertyName("tokens")] IReadOnlyList<int> Tokens)
{
    /// <summary>The JSON stored as the generation's text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Reads what <see cref="ToJson"/> wrote, or <see langword="null"/> when <paramref name="text"/> is not that.</summary>
    public static ChoiceLogLikelihoods? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var value = JsonSerializer.Deserialize<ChoiceLogLikelihoods>(text);
            return value is { LogProbs: not null, Tokens: not null } && value.LogProbs.Count == value.Tokens.Count ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
