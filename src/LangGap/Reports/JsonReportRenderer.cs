using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Reports;

/// <summary>Renders a report as JSON.</summary>
/// <remarks>
/// Shape: <c>{"format": "langgap-report", "version": 1, "run_ids": [...], "cells": [{"task", "scorer", "model", "language",
/// "count", "unscored", "mean", "lower", "upper", "corpus_score"}], "gaps": [{"task", "scorer", "model", "macro_average",
/// "worst_language", "worst_mean", "max_min_gap", "gap_to_english": {lang: value}}], "comparisons": [{"task", "scorer",
/// "language", "model_a", "model_b", "pairs", "clusters", "difference", "lower", "upper", "p_value", "p_adjusted"}],
/// "win_rates": [{"task", "scorer", "model_a", "model_b", "judgements", "win_rate_a", "win_rate_b", "tie_rate", "delta",
/// "lower", "upper"}], "transparency": {"suite", "lang_gap_version", "run_versions", "models", "judges", "run_seeds",
/// "statistics_seed", "resamples", "correction", "languages": [{"code", "name", "resource_class", "prompt_origin"}],
/// "signatures", "generations", "failed_generations"}, "examples": [{"task", "language", "sample_id", "model", "prompt",
/// "output"}]}</c>. Missing values are <c>null</c>; intervals are 95%.
/// </remarks>
public static class JsonReportRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The report as indented JSON.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(new
        {
            format = "langgap-report",
            version = 1,
            run_ids = report.RunIds,
            cells = report.Cells,
            gaps = report.Gaps,
            comparisons = report.Comparisons,
            win_rates = report.WinRates,
            pairwise = report.Pairwise,
            transparency = report.Transparency,
            examples = report.Examples,
        }, Options);
    }
}
