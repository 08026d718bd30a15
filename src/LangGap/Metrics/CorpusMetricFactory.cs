namespace LangGap.Metrics;

/// <summary>Creates metrics by name (<c>bleu</c>, <c>chrf</c>, <c>ter</c>) from shared <see cref="MetricSettings"/>.</summary>
public static class CorpusMetricFactory
{
    /// <summary>The names <see cref="Create"/> accepts, in the order <c>langgap score</c> documents them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["bleu", "chrf", "ter"];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/> (case-insensitive).</summary>
    public static bool IsKnown(string? name) => name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the metric called <paramref name="name"/> with <paramref name="settings"/> (defaults when null).</summary>
    /// <exception cref="ArgumentException">The name is unknown or the settings are invalid for that metric.</exception>
    public static ICorpusMetric Create(string name, MetricSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        settings ??= new MetricSettings();
        return name.ToLowerInvariant() switch
        {
            "bleu" => new BleuMetric(new BleuOptions { Tokenize = settings.Tokenize, Lowercase = settings.Lowercase }),
            "chrf" => new ChrFMetric(new ChrFOptions { WordOrder = settings.ChrFWordOrder, Lowercase = settings.Lowercase }),
            "ter" => new TerMetric(),
            _ => throw new ArgumentException($"Expected a metric among {string.Join(", ", Names)}, found '{name}'.", nameof(name)),
        };
    }
}
