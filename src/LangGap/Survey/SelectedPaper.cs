using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>A paper the selection rule kept, the words that matched, and its annotation.</summary>
/// <param name="Paper">The paper.</param>
/// <param name="MatchedWords">The rule's words found in it (lower-cased), so false positives can be reviewed.</param>
/// <param name="Annotation">The automatic annotation.</param>
public sealed record SelectedPaper(SurveyPaper Paper, IReadOnlyList<string> MatchedWords, PaperAnnotation Annotation);
