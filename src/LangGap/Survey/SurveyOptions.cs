using LangGap.Survey.Selection;

namespace LangGap.Survey;

/// <summary>How a survey selects and summarises papers.</summary>
public sealed record SurveyOptions
{
    /// <summary>The first year kept (inclusive), or null for no lower bound.</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last year kept (inclusive), or null for no upper bound.</summary>
    public int? LastYear { get; init; }

    /// <summary>The keyword rule; default the review's (<c>abstract: safe, safety</c>).</summary>
    public SelectionRule Rule { get; init; } = SelectionRule.Default;

    /// <summary>Paper ids removed by hand; default none.</summary>
    public ExclusionList Exclusions { get; init; } = ExclusionList.Empty;

    /// <summary>How many languages the top-languages table lists; default 20.</summary>
    public int TopLanguages { get; init; } = 20;

    /// <summary>Seed of the bootstrap stream (agreement intervals); default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>Bootstrap resamples for agreement intervals; default 1000.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>True when <paramref name="year"/> lies in the chosen range.</summary>
    public bool InRange(int year) => (FirstYear is not { } first || year >= first) && (LastYear is not { } last || year <= last);
}
