using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangGap.Reports;

/// <summary>Renders a report as JSON.</summary>
/// <remarks>
/// Shape: <c>{"format": "langgap-report", "version": 2, "run_ids": [...], "scorers": [{"key", "name", "label",
/// "descriptor": {"kind", "minimum", "maximum", "direction", "unit", "precision"}, "settings", "judge", "corpus"}],
/// "cells": [{"task", "scorer", "scorer_key", "model", "language", "count", "unscored", "mean", "lower", "upper", "interval",
/// "corpus_score"}], "gaps": [{"task", "scorer", "scorer_key", "model", "macro_average", "worst_language", "worst_mean",
/// "best_language", "best_mean", "max_min_gap", "reference_language", "gap_to_reference": {lang: value}}], "comparisons":
/// [{"task", "scorer", "scorer_key", "language", "model_a", "model_b", "pairs", "clusters", "difference", "lower", "upper",
/// "test", "p_value", "p_adjusted"}], "reference_tests": [{"task", "scorer", "scorer_key", "model", "language",
/// "reference_language", "pairs", "items", "gap", "lower", "upper", "test", "p_value", "p_adjusted", "significant"}], "coverage": {"world_population_millions",
/// "languages": [{"code", "name", "resource_class", "first_language_millions", "first_language_source", "total_millions", "total_source"}],
/// "evaluated": {share}, "by_class": [{"resource_class", "languages_with_data", "first_language_millions", "total_millions", "evaluated": {share}}],
/// "thresholds": [{"task", "scorer", "scorer_key", "model", "threshold", "evaluated", "meeting": {share}}], "sources": {key: text}}, "win_rates": [{"task", "scorer", "scorer_key", "model_a", "model_b", "judgements",
/// "win_rate_a", "win_rate_b", "tie_rate", "delta", "lower", "upper"}], "pairwise": [...], "transparency": {"suite",
/// "lang_gap_version", "run_versions", "models", "judges", "run_seeds", "statistics_seed", "resamples", "correction",
/// "languages": [{"code", "name", "resource_class", "prompt_origin", "items"}], "signatures", "generations", "failed_generations",
/// "reference_language", "unknown_scores", "tasks": [{"task", "provenance", "dataset", "decoding"}], "judge_instruction_language"},
/// "examples": [{"task", "language", "sample_id", "model", "prompt", "output"}]}</c>.
/// A {share} is {"languages", "codes", "with_first_language", "first_language_millions", "first_language_share", "with_total", "total_millions",
/// "total_share"}. Missing values are <c>null</c>; intervals are 95%; an unbounded maximum is <c>"Infinity"</c>.
/// </remarks>
public static class JsonReportRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The report as indented JSON.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(new
        {
            format = "langgap-report",
            version = 2,
            run_ids = report.RunIds,
            scorers = report.Scorers,
            cells = report.Cells,
            gaps = report.Gaps,
            comparisons = report.Comparisons,
            win_rates = report.WinRates,
            pairwise = report.Pairwise,
            reference_tests = report.ReferenceTests,
            coverage = report.Coverage,
            transparency = report.Transparency,
            examples = report.Examples,
        }, Options);
    }
}
