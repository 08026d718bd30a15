using System.Text.RegularExpressions;
using LangGap.Statistics.Preference;

namespace LangGap.Evaluation.Scoring;

/// <summary>Reads ratings and verdicts out of judge replies.</summary>
internal static partial class JudgeReplyParser
{
    /// <summary>The last <c>Score: N</c> (N in 1–5) in the reply, or the reply itself when it is a bare number 1–5; null otherwise.</summary>
    public static int? Rating(string reply)
    {
        var matches = ScorePattern().Matches(reply);
        if (matches.Count > 0)
        {
            return int.Parse(matches[^1].Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }
        var bare = reply.Trim().TrimEnd('.');
        return bare.Length == 1 && bare[0] is >= '1' and <= '5' ? bare[0] - '0' : null;
    }

    /// <summary>The last <c>Verdict: A|B|TIE</c> in the reply (case-insensitive), or a bare <c>A</c>, <c>B</c> or <c>TIE</c>; null otherwise.</summary>
    public static Verdict? Verdict(string reply)
    {
        var matches = VerdictPattern().Matches(reply);
        var text = matches.Count > 0 ? matches[^1].Groups[1].Value : reply.Trim().TrimEnd('.');
        return text.ToUpperInvariant() switch
        {
            "A" => Statistics.Preference.Verdict.A,
            "B" => Statistics.Preference.Verdict.B,
            "TIE" => Statistics.Preference.Verdict.Tie,
            _ => null,
        };
    }

    [GeneratedRegex(@"score\s*[:=]\s*\**\s*([1-5])(?![0-9.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScorePattern();

    [GeneratedRegex(@"verdict\s*[:=]\s*\**\s*\[*\s*(A|B|TIE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictPattern();
}
