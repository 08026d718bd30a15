using System.Globalization;

namespace LangGap.Reports;

/// <summary>Number formatting shared by the renderers.</summary>
internal static class ReportFormat
{
    /// <summary>Scores on a 0–100 or count scale get one decimal; rates and ratings get three.</summary>
    public static string Number(double? value, string scorer) => value is not { } v ? "—"
        : v.ToString(WideScale(scorer) ? "F1" : "F3", CultureInfo.InvariantCulture);

    public static string Signed(double value, string scorer) =>
        (value >= 0 ? "+" : "") + value.ToString(WideScale(scorer) ? "F1" : "F3", CultureInfo.InvariantCulture);

    public static string Interval(double? lower, double? upper, string scorer) =>
        lower is null || upper is null ? "—" : $"[{Number(lower, scorer)}, {Number(upper, scorer)}]";

    public static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    public static bool WideScale(string scorer) =>
        scorer.StartsWith("chrf", StringComparison.Ordinal) || scorer.StartsWith("bleu", StringComparison.Ordinal) || scorer.StartsWith("length", StringComparison.Ordinal);
}
