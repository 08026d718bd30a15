using System.Globalization;
using LangGap.Evaluation.Aggregation;
using LangGap.Evaluation.Scoring;
using LangGap.Statistics;

namespace LangGap.Synthesis.Profiles;

/// <summary>Number and label formatting shared by the profile renderers.</summary>
internal static class ProfileFormat
{
    public static string Number(double? value, ScoreDescriptor d) => value is { } v && double.IsFinite(v) ? d.Format(v) : "—";

    public static string Signed(double value, ScoreDescriptor d) => double.IsFinite(value) ? d.FormatSigned(value) : "—";

    public static string Interval(double? lower, double? upper, ScoreDescriptor d) =>
        lower is { } lo && upper is { } hi && double.IsFinite(lo) && double.IsFinite(hi) ? $"[{d.Format(lo)}, {d.Format(hi)}]" : "—";

    public static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    public static string IntervalName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.StudentT => "t",
        _ => "none",
    };

    /// <summary>What an attribute's values are: <c>graded ≥ 0 tokens, higher is better</c>.</summary>
    public static string Describe(ScoreDescriptor d)
    {
        string Bound(double x) => double.IsInfinity(x) ? (x > 0 ? "∞" : "−∞") : x.ToString(CultureInfo.InvariantCulture);
        var range = double.IsPositiveInfinity(d.Maximum) && double.IsFinite(d.Minimum) ? $"≥ {Bound(d.Minimum)}"
            : double.IsInfinity(d.Minimum) && double.IsInfinity(d.Maximum) ? "unbounded" : $"{Bound(d.Minimum)}–{Bound(d.Maximum)}";
        var unit = string.IsNullOrEmpty(d.Unit) ? "" : " " + d.Unit;
        return $"{d.Kind.ToString().ToLowerInvariant()} {range}{unit}, {(d.Direction == ScoreDirection.HigherIsBetter ? "higher" : "lower")} is better";
    }

    public static string CorrectionName(PValueCorrection correction) => correction.ToValue();

    /// <summary>The reproducibility signature: attributes with settings hashes, resamples, seed, correction and version.</summary>
    public static string Signature(DataProfile p) =>
        string.Create(CultureInfo.InvariantCulture,
            $"profile|attributes:{string.Join('+', p.Attributes.Select(a => p.Scorers[a]))}|resamples:{p.Resamples}|seed:{p.Seed}|correction:{CorrectionName(p.Correction)}|version:{LangGapVersion.Current}");
}
