namespace LangGap.Reasoning.Reports;

/// <summary>Accuracy of one language at one thinking budget.</summary>
/// <param name="Language">The query language.</param>
/// <param name="Budget">The thinking budget in tokens.</param>
/// <param name="Scored">Generations scored (unscored ones are left out and counted in <paramref name="Unscored"/>).</param>
/// <param name="Correct">Correct answers among them.</param>
/// <param name="Lower">The lower end of the 95 % Wilson interval of the accuracy.</param>
/// <param name="Upper">The upper end of the interval.</param>
/// <param name="MeanThinkingTokens">Mean thinking tokens per generation.</param>
/// <param name="Truncated">Generations whose thinking the budget cut.</param>
/// <param name="MeanExtensions">Mean extensions (ignore strings appended) per generation.</param>
/// <param name="Unscored">Generations without a score (failed or unparseable).</param>
public sealed record BudgetCell(string Language, int Budget, int Scored, int Correct, double Lower, double Upper, double MeanThinkingTokens, int Truncated,
    double MeanExtensions, int Unscored)
{
    /// <summary>The share of correct answers (NaN when nothing was scored).</summary>
    public double Accuracy => Scored == 0 ? double.NaN : (double)Correct / Scored;
}
