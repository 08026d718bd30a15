namespace LangGap.Identification.Fidelity;

/// <summary>Language-confusion rates over a set of responses (Marchisio et al. 2024).</summary>
/// <param name="Responses">Responses given.</param>
/// <param name="Checked">Responses with at least one line long enough to check (the denominator of LPR).</param>
/// <param name="LinePassRate">LPR: share of checked responses whose every checked line is in the expected language.</param>
/// <param name="WordPassRate">
/// WPR: among checked responses that pass the line-level check, the share without any inserted English word; null
/// when the expected language is not one of <see cref="LanguageConfusionOptions.WordLevelLanguages"/>.
/// </param>
/// <param name="LineAccuracy">Mean over checked responses of the share of their lines in the expected language.</param>
/// <param name="PerResponse">The check of each response, in input order.</param>
public sealed record LanguageConfusionResult(int Responses, int Checked, double LinePassRate, double? WordPassRate, double LineAccuracy,
    IReadOnlyList<ResponseConfusion> PerResponse)
{
    /// <summary>LCPR: the harmonic mean of LPR and WPR (LPR alone when WPR is not computed), as the paper reports.</summary>
    public double PassRate => WordPassRate is not { } wpr
        ? LinePassRate
        : LinePassRate + wpr == 0 ? 0 : 2 * LinePassRate * wpr / (LinePassRate + wpr);
}
