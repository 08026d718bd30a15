using System.Globalization;

namespace LangGap.Reports.Coverage;

/// <summary>A score threshold for coverage: a value on a scorer's scale, for one scorer or for every scorer whose range holds it.</summary>
/// <remarks>A threshold that names a scorer wins over a bare value for that scorer (see <see cref="For"/>).</remarks>
/// <param name="Scorer">A scorer name, or <c>task/scorer</c>; <see langword="null"/> for every scorer whose range contains <paramref name="Value"/>.</param>
/// <param name="Value">The threshold on the score's scale.</param>
public sealed record CoverageThreshold(string? Scorer, double Value)
{
    /// <summary>Parses <c>VALUE</c> or <c>SCORER=VALUE</c> (<c>0.5</c>, <c>chrf=30</c>, <c>questions/numeric-match=0.8</c>).</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static CoverageThreshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.LastIndexOf('=');
        var scorer = equals < 0 ? null : text[..equals].Trim();
        var value = equals < 0 ? text : text[(equals + 1)..];
        if (scorer is "" || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw new FormatException($"Expected a threshold as VALUE or SCORER=VALUE (e.g. 0.5 or chrf=30), found '{text}'.");
        }
        return new CoverageThreshold(scorer, v);
    }

    /// <summary>Whether this threshold applies to <paramref name="scorer"/> of <paramref name="task"/>.</summary>
    public bool AppliesTo(string task, ReportScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return Scorer is null
            ? Value >= scorer.Descriptor.Minimum && Value <= scorer.Descriptor.Maximum
            : Scorer == scorer.Name || Scorer == scorer.Label || Scorer == $"{task}/{scorer.Name}" || Scorer == $"{task}/{scorer.Label}";
    }

    /// <summary>The thresholds of <paramref name="all"/> that apply to <paramref name="scorer"/> of <paramref name="task"/>: those naming it, else the bare values its range holds.</summary>
    public static IReadOnlyList<CoverageThreshold> For(IReadOnlyList<CoverageThreshold> all, string task, ReportScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(all);
        var named = all.Where(t => t.Scorer is not null && t.AppliesTo(task, scorer)).ToList();
        return named.Count > 0 ? named : [.. all.Where(t => t.Scorer is null && t.AppliesTo(task, scorer))];
    }

    /// <summary>Whether <paramref name="mean"/> meets this threshold, following the score's direction.</summary>
    public bool IsMetBy(double mean, ReportScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return scorer.Descriptor.Direction == Evaluation.Scoring.ScoreDirection.HigherIsBetter ? mean >= Value : mean <= Value;
    }
}
