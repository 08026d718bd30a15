using System.Globalization;

namespace LangGap.Survey.Annotation;

/// <summary>The span of a paper that produced one annotation value.</summary>
/// <param name="Kind">What the span is evidence for.</param>
/// <param name="Value">The value it produced: a language code, a dataset's languages, a cue, a subtopic name.</param>
/// <param name="Field"><c>title</c> or <c>abstract</c> (<c>judge</c> for a judge's reply).</param>
/// <param name="Start">Offset of the span in the field, in UTF-16 code units.</param>
/// <param name="Text">The matched text.</param>
public sealed record Evidence(EvidenceKind Kind, string Value, string Field, int Start, string Text)
{
    /// <summary>One line of the evidence column: <c>value="text"@field:start</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{KindName(Kind)} {Value}=\"{Text}\"@{Field}:{Start}");

    /// <summary>The short name of an evidence kind in the evidence column.</summary>
    public static string KindName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.LanguageName => "language",
        EvidenceKind.LanguageCode => "code",
        EvidenceKind.Dataset => "dataset",
        EvidenceKind.MultilingualCue => "cue",
        EvidenceKind.EmpiricalCue => "inferred",
        EvidenceKind.Subtopic => "subtopic",
        _ => "judge",
    };
}
