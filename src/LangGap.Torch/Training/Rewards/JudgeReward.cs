using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Training.Rewards;

/// <summary>An LLM judge as a reward: asks an <see cref="IChatClient"/> to rate each response from 1 to 10 and maps the
/// rating to [0, 1]; a verdict without a rating is NaN (left out of the sum).</summary>
/// <remarks>Judging is greedy (temperature 0) so the same completion always gets the same reward from a deterministic judge.</remarks>
public sealed partial class JudgeReward : IReward
{
    private readonly IChatClient _judge;

    /// <summary>Judges with <paramref name="judge"/> (owned by the caller), shown as <c>judge:<paramref name="model"/></c>.</summary>
    public JudgeReward(IChatClient judge, string model)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        _judge = judge;
        Name = $"judge:{model}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The instruction sent before each prompt and response.</summary>
    public static string Instruction { get; } =
        "Rate how helpful, correct and fluent the response is, and whether it is in the language of the prompt, on a scale " +
        "from 1 (worst) to 10 (best). Answer with the number only.";

    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<RewardInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var scores = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var request = $"{Instruction}\n\nPrompt: {inputs[i].Record.PromptText}\n\nResponse: {inputs[i].Completion}\n\nRating:";
            var response = await _judge.GetResponseAsync(
                [new ChatMessage(ChatRole.User, request)], new ChatOptions { Temperature = 0, MaxOutputTokens = 8 }, cancellationToken)
                .ConfigureAwait(false);
            scores[i] = ParseRating(response.Text);
        }
        return scores;
    }

    /// <summary>The first integer 1–10 in <paramref name="verdict"/> mapped to (rating − 1)/9, or NaN when there is none.</summary>
    public static double ParseRating(string verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        foreach (Match match in Number().Matches(verdict))
        {
            var rating = int.Parse(match.Value, CultureInfo.InvariantCulture);
            if (rating is >= 1 and <= 10)
            {
                return (rating - 1) / 9.0;
            }
        }
        return double.NaN;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
