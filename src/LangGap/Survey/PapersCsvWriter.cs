using System.Text;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>Writes papers.csv: one row per selected paper, <c>id, year, venue_type, title, group, languages, language_named, subtopic, evidence</c>.</summary>
/// <remarks>Languages are BCP-47 codes joined by <c>;</c>; evidence lines (<see cref="Evidence.ToString"/>) are joined by <c>; </c>, the rule's matched words first.</remarks>
public static class PapersCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "id,year,venue_type,title,group,languages,language_named,subtopic,evidence";

    /// <summary>The whole file as text.</summary>
    public static string Render(IReadOnlyList<SelectedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var s in papers)
        {
            var a = s.Annotation;
            var evidence = s.MatchedWords.Select(w => $"selected \"{w}\"").Concat(a.Evidence.Select(e => e.ToString()));
            csv.Append(CsvText.Cell(s.Paper.Id)).Append(',')
                .Append(s.Paper.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(VenueTypeNames.Name(s.Paper.VenueType)).Append(',')
                .Append(CsvText.Cell(s.Paper.Title)).Append(',')
                .Append(SurveyLabels.Name(a.Group)).Append(',')
                .Append(CsvText.Cell(string.Join(';', a.Languages))).Append(',')
                .Append(a.LanguageNamed ? "true" : "false").Append(',')
                .Append(CsvText.Cell(SurveyLabels.Name(a.Subtopic))).Append(',')
                .Append(CsvText.Cell(string.Join("; ", evidence))).Append('\n');
        }
        return csv.ToString();
    }
}
