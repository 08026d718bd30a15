using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Survey.Agreement;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>Renders a survey report as JSON: settings, per-year rows, tables, agreement and every selected paper with its evidence.</summary>
public static class SurveyJsonRenderer
{
    /// <summary>The report as indented JSON; undefined numbers (NaN) are written as null.</summary>
    public static string Render(SurveyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var s = report.Settings;
            w.WriteStartObject();
            w.WriteStartObject("settings");
            w.WriteStartArray("sources");
            foreach (var source in s.Sources) w.WriteStringValue(source);
            w.WriteEndArray();
            Int(w, "first_year", s.FirstYear);
            Int(w, "last_year", s.LastYear);
            w.WriteString("rule", s.Rule);
            w.WriteNumber("exclusions", s.Exclusions);
            w.WriteString("subtopic_source", s.SubtopicSource);
            w.WriteNumber("seed", s.Seed);
            w.WriteNumber("resamples", s.Resamples);
            w.WriteNumber("datasets", s.Datasets);
            w.WriteString("version", s.Version);
            w.WriteEndObject();
            w.WriteNumber("files", report.Files);
            w.WriteNumber("papers_read", report.PapersRead);
            w.WriteNumber("papers_in_range", report.PapersInRange);
            w.WriteNumber("without_abstract", report.WithoutAbstract);
            w.WriteNumber("excluded", report.Excluded);
            w.WriteStartArray("years");
            foreach (var y in report.Years.Append(report.Total)) Year(w, y);
            w.WriteEndArray();
            w.WriteStartObject("not_named");
            w.WriteNumber("english_only", report.Total.Groups[(int)LanguageGroup.EnglishOnly]);
            w.WriteNumber("not_named", report.Total.EnglishOnlyNotNamed);
            Number(w, "share", report.Total.NotNamedShare);
            Number(w, "ci_lower", report.NotNamedInterval?.Lower ?? double.NaN);
            Number(w, "ci_upper", report.NotNamedInterval?.Upper ?? double.NaN);
            w.WriteEndObject();
            Counts(w, "top_languages", report.TopLanguages);
            Counts(w, "venue_types", report.VenueTypes);
            Counts(w, "workshops", report.Workshops);
            w.WriteStartObject("subtopic_by_group");
            for (var i = 0; i < SurveyLabels.Subtopics.Count; i++)
            {
                w.WriteStartObject(SurveyLabels.Name(SurveyLabels.Subtopics[i]));
                foreach (var g in SurveyLabels.Groups) w.WriteNumber(SurveyLabels.Name(g), report.SubtopicByGroup[i][(int)g]);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (report.Agreement is { } agreement)
            {
                Agreement(w, agreement);
            }
            w.WriteStartArray("papers");
            foreach (var p in report.Selected) Paper(w, p);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Year(Utf8JsonWriter w, SurveyYear y)
    {
        w.WriteStartObject();
        if (y.Year == 0) w.WriteString("year", "all"); else w.WriteNumber("year", y.Year);
        w.WriteNumber("papers", y.Papers);
        w.WriteNumber("without_abstract", y.WithoutAbstract);
        w.WriteNumber("selected", y.Selected);
        foreach (var g in SurveyLabels.Groups)
        {
            w.WriteStartObject(SurveyLabels.Name(g));
            w.WriteNumber("count", y.Groups[(int)g]);
            Number(w, "share", y.Share(g));
            w.WriteEndObject();
        }
        w.WriteNumber("english_only_not_named", y.EnglishOnlyNotNamed);
        Number(w, "not_named_share", y.NotNamedShare);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyList<SurveyCount> counts)
    {
        w.WriteStartArray(name);
        foreach (var c in counts)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            w.WriteString("label", c.Label);
            w.WriteNumber("count", c.Count);
            Number(w, "share", c.Share);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Agreement(Utf8JsonWriter w, AgreementReport a)
    {
        w.WriteStartObject("agreement");
        w.WriteNumber("labels", a.LabelsRead);
        w.WriteNumber("unmatched", a.Unmatched);
        w.WriteNumber("seed", a.Seed);
        w.WriteNumber("resamples", a.Resamples);
        w.WriteStartArray("rows");
        foreach (var r in a.Rows)
        {
            w.WriteStartObject();
            w.WriteString("scope", r.Scope);
            w.WriteNumber("papers", r.Papers);
            Estimate(w, "group_kappa", r.GroupKappa);
            Estimate(w, "subtopic_kappa", r.SubtopicKappa);
            Estimate(w, "language_jaccard", r.LanguageJaccard);
            Estimate(w, "not_named_precision", r.NotNamedPrecision);
            Estimate(w, "not_named_recall", r.NotNamedRecall);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("group_confusion");
        for (var i = 0; i < SurveyLabels.Groups.Count; i++)
        {
            w.WriteStartObject(SurveyLabels.Name(SurveyLabels.Groups[i]));
            foreach (var g in SurveyLabels.Groups) w.WriteNumber(SurveyLabels.Name(g), a.GroupConfusion[i][(int)g]);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("subtopic_confusion");
        for (var i = 0; i < SurveyLabels.Subtopics.Count; i++)
        {
            w.WriteStartObject(SurveyLabels.Name(SurveyLabels.Subtopics[i]));
            foreach (var t in SurveyLabels.Subtopics) w.WriteNumber(SurveyLabels.Name(t), a.SubtopicConfusion[i][(int)t]);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter w, string name, AgreementEstimate e)
    {
        w.WriteStartObject(name);
        Number(w, "value", e.Value);
        Number(w, "ci_lower", e.Lower);
        Number(w, "ci_upper", e.Upper);
        w.WriteNumber("n", e.Count);
        w.WriteEndObject();
    }

    private static void Paper(Utf8JsonWriter w, SelectedPaper s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Paper.Id);
        w.WriteNumber("year", s.Paper.Year);
        w.WriteString("venue_type", VenueTypeNames.Name(s.Paper.VenueType));
        w.WriteString("venue", s.Paper.Venue);
        w.WriteString("title", s.Paper.Title);
        w.WriteString("url", s.Paper.Url);
        w.WriteString("source", s.Paper.Source);
        w.WriteStartArray("matched_words");
        foreach (var m in s.MatchedWords) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteString("group", SurveyLabels.Name(s.Annotation.Group));
        w.WriteStartArray("languages");
        foreach (var l in s.Annotation.Languages) w.WriteStringValue(l);
        w.WriteEndArray();
        w.WriteBoolean("language_named", s.Annotation.LanguageNamed);
        w.WriteString("subtopic", SurveyLabels.Name(s.Annotation.Subtopic));
        w.WriteString("subtopic_source", s.Annotation.SubtopicSource);
        w.WriteStartArray("evidence");
        foreach (var e in s.Annotation.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", Evidence.KindName(e.Kind));
            w.WriteString("value", e.Value);
            w.WriteString("field", e.Field);
            w.WriteNumber("start", e.Start);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsNaN(value)) w.WriteNull(name); else w.WriteNumber(name, value);
    }

    private static void Int(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
