using System.Globalization;
using LangGap.Evaluation.Scoring;

namespace LangGap.Reports;

/// <summary>Number formatting shared by the renderers: precision comes from the scorer's descriptor, never its name.</summary>
internal static class ReportFormat
{
    public static string Number(double? value, ScoreDescriptor descriptor) => value is not { } v ? "—" : descriptor.Format(v);

    public static string Signed(double value, ScoreDescriptor descriptor) => descriptor.FormatSigned(value);

    public static string Interval(double? lower, double? upper, ScoreDescriptor descriptor) =>
        lower is null || upper is null ? "—" : $"[{Number(lower, descriptor)}, {Number(upper, descriptor)}]";

    public static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>What a scorer's values are, in words: <c>binary 0–1 rate, higher is better</c>.</summary>
    public static string Describe(ScoreDescriptor d)
    {
        var range = double.IsNegativeInfinity(d.Minimum) ? (double.IsPositiveInfinity(d.Maximum) ? "unbounded" : $"≤ {Number(d.Maximum, d)}") : double.IsPositiveInfinity(d.Maximum) ? $"≥ {Number(d.Minimum, d)}" : $"{d.Minimum.ToString(CultureInfo.InvariantCulture)}–{d.Maximum.ToString(CultureInfo.InvariantCulture)}";
        var unit = string.IsNullOrEmpty(d.Unit) ? "" : " " + d.Unit;
        return $"{d.Kind.ToString().ToLowerInvariant()} {range}{unit}, {(d.Direction == ScoreDirection.HigherIsBetter ? "higher" : "lower")} is better";
    }

    /// <summary>The interval method's name as printed.</summary>
    public static string IntervalName(string method) => method switch
    {
        "wilson" => "Wilson",
        "t" => "t over prompts",
        _ => "none",
    };
}
