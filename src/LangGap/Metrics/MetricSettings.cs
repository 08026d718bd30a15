using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>The shared settings a user gives for a set of metrics (what <c>langgap score</c> takes on its command line).</summary>
/// <remarks>
/// <see cref="Tokenize"/> applies to BLEU; <see cref="Lowercase"/> to BLEU and chrF (TER is case-insensitive by
/// default, as in sacrebleu); <see cref="ChrFWordOrder"/> to chrF (2 gives chrF++).
/// </remarks>
public sealed record MetricSettings
{
    /// <summary>BLEU's tokenizer (default <c>13a</c>).</summary>
    public string Tokenize { get; init; } = MetricTokenizers.Default;

    /// <summary>Lower-cases BLEU and chrF inputs (default false).</summary>
    public bool Lowercase { get; init; }

    /// <summary>chrF's word n-gram order (default 0).</summary>
    public int ChrFWordOrder { get; init; }
}
