using LangGap.Evaluation.Datasets;
using LangGap.Languages;

namespace LangGap.Evaluation.Suites;

/// <summary>Labels a dataset's samples with the suite's own tag for their language, so a FLORES <c>arb_Arab</c> or
/// <c>zho_Hans</c> item counts as the suite's <c>ar</c> or <c>zh</c> in every table (the tags are
/// <see cref="LanguageTag.Equivalent"/>); samples in no suite language keep their tag.</summary>
internal sealed class SuiteLanguageDataset : IDataset
{
    private readonly IDataset _inner;
    private readonly IReadOnlyList<LanguageTag> _languages;

    public SuiteLanguageDataset(IDataset inner, IReadOnlyList<LanguageTag> languages)
    {
        _inner = inner;
        _languages = languages;
    }

    public string Description => _inner.Description;

    public async Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken)
    {
        var samples = await _inner.LoadAsync(cancellationToken).ConfigureAwait(false);
        return [.. samples.Select(s => Match(s.Language) is { } tag && tag != s.Language ? s with { Language = tag } : s)];
    }

    /// <summary>The suite language equivalent to <paramref name="tag"/>, or <see langword="null"/>.</summary>
    public LanguageTag? Match(LanguageTag tag) => _languages.FirstOrDefault(l => l == tag) ?? _languages.FirstOrDefault(l => l.IsEquivalentTo(tag));
}
