namespace LangGap.Storage;

/// <summary>What a run store's generations cover, read with a few aggregate queries instead of reading every row.</summary>
/// <param name="Models">Every model id with a generation.</param>
/// <param name="Languages">Every language tag with a generation.</param>
/// <param name="Generations">Stored generations.</param>
/// <param name="Failed">Stored generations that failed.</param>
public sealed record GenerationSummary(IReadOnlyList<string> Models, IReadOnlyList<string> Languages, long Generations, long Failed);
