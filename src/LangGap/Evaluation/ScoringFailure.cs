using System.Text.RegularExpressions;

namespace LangGap.Evaluation;

/// <summary>Tells a score left unscored because the scorer failed (worth retrying) from one the scorer declined to give
/// (no reference, no number in the answer: the same on every retry).</summary>
/// <remarks>A scorer that throws is recorded as <c>scorer 'NAME' failed: …</c>; a judge whose call errors records
/// <c>judge 'NAME' failed: …</c>. Those two forms are the failures.</remarks>
internal static partial class ScoringFailure
{
    public static string Reason(string scorer, Exception error) => $"scorer '{scorer}' failed: {error.Message}";

    public static bool Is(string? unscoredReason) => unscoredReason is not null && FailurePattern().IsMatch(unscoredReason);

    [GeneratedRegex("^(scorer|judge) '[^']*' failed: ", RegexOptions.CultureInvariant)]
    private static partial Regex FailurePattern();
}
