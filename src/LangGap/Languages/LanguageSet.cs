namespace LangGap.Languages;

/// <summary>A named list of languages, such as the 23 languages of Aya 23.</summary>
/// <param name="Name">The name <see cref="LanguageSets.Get"/> accepts (<c>aya23</c>).</param>
/// <param name="Description">What the set is, in one sentence.</param>
/// <param name="Languages">The languages, in the order the source lists them.</param>
public sealed record LanguageSet(string Name, string Description, IReadOnlyList<LanguageTag> Languages)
{
    /// <summary>True when a language of the set is <see cref="LanguageTag.Equivalent"/> to <paramref name="tag"/>.</summary>
    public bool Contains(LanguageTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Languages.Any(tag.IsEquivalentTo);
    }
}
