using LangGap.Survey.Annotation;

namespace LangGap.Survey.Agreement;

/// <summary>A human's annotation of one paper; any value may be missing, and then that measure skips the paper.</summary>
/// <param name="Id">The paper id.</param>
/// <param name="Group">The group, or null.</param>
/// <param name="Languages">The languages studied (BCP-47 codes), or null.</param>
/// <param name="Named">Whether the paper names its language, or null.</param>
/// <param name="Subtopic">The subtopic, or null.</param>
/// <param name="Source">Where the label was read (<c>file:line</c>).</param>
public sealed record HumanLabel(string Id, LanguageGroup? Group, IReadOnlyList<string>? Languages, bool? Named, Subtopic? Subtopic, string Source);
