using LangGap.Evaluation;

namespace LangGap.Safety;

/// <summary>What a safety score records about its prompt: harm categories, global or local, and the item shared across languages.</summary>
/// <param name="Categories">Canonical harm categories (names outside the nine kept as written when allowed).</param>
/// <param name="Scope"><c>global</c>, <c>local</c>, or null when the row has no label.</param>
/// <param name="Item">The item id shared by the translations of one prompt across languages (pairs prompts for gaps), or null.</param>
public sealed record SafetyContext(IReadOnlyList<string> Categories, string? Scope, string? Item)
{
    /// <summary>The metadata field holding the harm categories.</summary>
    public const string CategoryField = "harm_category";

    /// <summary>The metadata field holding global or local.</summary>
    public const string ScopeField = "global_or_local";

    /// <summary>The metadata field holding the cross-language item id.</summary>
    public const string ItemField = "item";

    /// <summary>The context of <paramref name="sample"/> from its metadata.</summary>
    public static SafetyContext Of(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var categories = sample.Metadata.TryGetValue(CategoryField, out var field)
            ? HarmCategories.Split(field).Select(c => HarmCategories.Normalise(c) ?? c).Distinct(StringComparer.Ordinal).ToArray()
            : [];
        return new SafetyContext(categories, HarmCategories.Scope(sample.Metadata.GetValueOrDefault(ScopeField)), sample.Metadata.GetValueOrDefault(ItemField));
    }
}
