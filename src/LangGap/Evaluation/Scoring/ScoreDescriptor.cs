using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Evaluation.Scoring;

/// <summary>What a scorer's value is: its kind, range, direction, unit and display precision.</summary>
/// <remarks>
/// Stored with the run. Intervals, formatting, "best"/"worst" and gaps come from the descriptor, never from the values
/// or the scorer's name.
/// </remarks>
/// <param name="Kind">Binary, graded or ordinal.</param>
/// <param name="Minimum">The smallest possible value.</param>
/// <param name="Maximum">The largest possible value (<see cref="double.PositiveInfinity"/> when unbounded).</param>
/// <param name="Direction">Whether higher or lower is better.</param>
/// <param name="Unit">The unit printed after values (<c>%</c>, <c>chrF</c>, <c>words</c>), or empty.</param>
/// <param name="Precision">Decimal places when printed.</param>
public sealed record ScoreDescriptor(ScoreKind Kind, double Minimum, double Maximum, ScoreDirection Direction, string Unit, int Precision)
{
    /// <summary>A pass/fail rate where passing is good (accuracy, fidelity).</summary>
    public static ScoreDescriptor PassRate { get; } = new(ScoreKind.Binary, 0, 1, ScoreDirection.HigherIsBetter, "rate", 3);

    /// <summary>A rate of a bad outcome (harmful responses, profanity hits): binary, lower is better.</summary>
    public static ScoreDescriptor BadRate { get; } = new(ScoreKind.Binary, 0, 1, ScoreDirection.LowerIsBetter, "rate", 3);

    /// <summary>A graded 0–100 metric where higher is better (chrF, BLEU).</summary>
    public static ScoreDescriptor Percentage(string unit) => new(ScoreKind.Graded, 0, 100, ScoreDirection.HigherIsBetter, unit, 1);

    /// <summary>A Likert rating from <paramref name="low"/> to <paramref name="high"/>, higher is better.</summary>
    public static ScoreDescriptor Likert(int low, int high) => new(ScoreKind.Ordinal, low, high, ScoreDirection.HigherIsBetter, "rating", 2);

    /// <summary>Whether <paramref name="a"/> is strictly better than <paramref name="b"/>.</summary>
    public bool IsBetter(double a, double b) => Direction == ScoreDirection.HigherIsBetter ? a > b : a < b;

    /// <summary>How much better <paramref name="value"/> is than <paramref name="reference"/> (positive: better).</summary>
    public double Improvement(double value, double reference) =>
        Direction == ScoreDirection.HigherIsBetter ? value - reference : reference - value;

    /// <summary>Formats <paramref name="value"/> with the descriptor's precision, invariant culture.</summary>
    public string Format(double value) => value.ToString("F" + Precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats a difference with its sign (<c>+0.125</c>, <c>-3.2</c>) at the descriptor's precision.</summary>
    public string FormatSigned(double value) => (value >= 0 ? "+" : "") + Format(value);

    /// <summary><paramref name="value"/> limited to [<see cref="Minimum"/>, <see cref="Maximum"/>] (an interval end never leaves the range).</summary>
    public double Clamp(double value) => Math.Min(Maximum, Math.Max(Minimum, value));

    /// <summary>The descriptor as JSON (stored with the run).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a descriptor written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidInputException">The text is not a descriptor.</exception>
    public static ScoreDescriptor FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ScoreDescriptor>(json, Json) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"The run store holds a score descriptor this LangGap cannot read ({e.Message}).", e);
        }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
