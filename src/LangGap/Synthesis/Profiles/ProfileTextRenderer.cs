using System.Globalization;
using System.Text;

namespace LangGap.Synthesis.Profiles;

/// <summary>Renders a <see cref="DataProfile"/> as aligned text tables: one per attribute, then the comparison.</summary>
public static class ProfileTextRenderer
{
    /// <summary>The profile as text.</summary>
    public static string Render(DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder();
        var rows = profile.Languages.Sum(l => l.Rows);
        text.AppendLine(CultureInfo.InvariantCulture, $"profile of {profile.Source} (field '{profile.Field}'): {rows} rows, {profile.Languages.Count} languages");
        foreach (var attribute in profile.Attributes)
        {
            var d = profile.Descriptors[attribute];
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{attribute} — {ProfileFormat.Describe(d)}");
            var table = new List<string[]> { new[] { "language", "n", "unscored", "mean", "95% CI", "min", "q25", "median", "q75", "max" } };
            foreach (var (set, languages) in Sets(profile))
            {
                foreach (var language in languages)
                {
                    var s = language.Attributes.Single(a => a.Attribute == attribute);
                    var q = s.Quantiles;
                    table.Add([set + language.Language, s.Count.ToString(CultureInfo.InvariantCulture), s.Unscored.ToString(CultureInfo.InvariantCulture),
                        ProfileFormat.Number(s.Mean, d), ProfileFormat.Interval(s.Lower, s.Upper, d) + (s.Lower is null ? "" : " " + ProfileFormat.IntervalName(s.Interval)),
                        .. Enumerable.Range(0, 5).Select(i => q.Count == 5 ? ProfileFormat.Number(q[i], d) : "—")]);
                }
            }
            Table(text, table);
            foreach (var (set, languages) in Sets(profile))
            {
                foreach (var language in languages)
                {
                    var s = language.Attributes.Single(a => a.Attribute == attribute);
                    if (s.Unscored > 0)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"  {set}{language.Language}: {s.Unscored} unscored (most often: {s.UnscoredReasons[0]})");
                    }
                }
            }
        }
        if (profile.Compared is { } other)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"A = {profile.Source}, B = {other}; p adjusted across languages ({ProfileFormat.CorrectionName(profile.Correction)}) per attribute");
            var table = new List<string[]> { new[] { "attribute", "language", "test", "n A", "n B", "mean A", "mean B", "A−B", "95% CI", "p", "p adj" } };
            foreach (var c in profile.Comparisons)
            {
                var d = profile.Descriptors[c.Attribute];
                table.Add([c.Attribute, c.Language, c.Test + (c.Paired ? " (paired)" : ""), c.CountA.ToString(CultureInfo.InvariantCulture),
                    c.CountB.ToString(CultureInfo.InvariantCulture), ProfileFormat.Number(c.MeanA, d), ProfileFormat.Number(c.MeanB, d),
                    ProfileFormat.Signed(c.Difference, d), ProfileFormat.Interval(c.Lower, c.Upper, d), ProfileFormat.P(c.PValue),
                    ProfileFormat.P(c.AdjustedPValue) + (c.AdjustedPValue <= 0.05 ? " *" : "")]);
            }
            Table(text, table);
        }
        text.AppendLine();
        text.AppendLine(ProfileFormat.Signature(profile));
        return text.ToString();
    }

    /// <summary>The data set's languages, and with a comparison also the other's, marked A and B.</summary>
    internal static IEnumerable<(string Prefix, IReadOnlyList<LanguageProfile> Languages)> Sets(DataProfile profile)
    {
        if (profile.Compared is null)
        {
            yield return ("", profile.Languages);
            yield break;
        }
        yield return ("A ", profile.Languages);
        yield return ("B ", profile.ComparedLanguages);
    }

    private static void Table(StringBuilder text, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }
}
