using System.Text;
using System.Text.Json;

namespace LangGap.Synthesis.Profiles;

/// <summary>Renders a <see cref="DataProfile"/> as JSON (snake_case; non-finite numbers as null).</summary>
public static class ProfileJsonRenderer
{
    /// <summary>The profile as indented JSON.</summary>
    public static string Render(DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("source", profile.Source);
            w.WriteString("field", profile.Field);
            w.WriteStartObject("attributes");
            foreach (var a in profile.Attributes)
            {
                w.WriteStartObject(a);
                w.WriteString("scorer", profile.Scorers[a]);
                w.WritePropertyName("descriptor");
                using (var descriptor = JsonDocument.Parse(profile.Descriptors[a].ToJson()))
                {
                    descriptor.WriteTo(w);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            Languages(w, "languages", profile.Languages);
            if (profile.Compared is { } other)
            {
                w.WriteString("compared", other);
                Languages(w, "compared_languages", profile.ComparedLanguages);
                w.WriteStartArray("comparisons");
                foreach (var c in profile.Comparisons)
                {
                    w.WriteStartObject();
                    w.WriteString("attribute", c.Attribute);
                    w.WriteString("language", c.Language);
                    w.WriteBoolean("paired", c.Paired);
                    w.WriteString("test", c.Test);
                    w.WriteNumber("n_a", c.CountA);
                    w.WriteNumber("n_b", c.CountB);
                    Number(w, "mean_a", c.MeanA);
                    Number(w, "mean_b", c.MeanB);
                    Number(w, "difference", c.Difference);
                    Number(w, "ci_lower", c.Lower);
                    Number(w, "ci_upper", c.Upper);
                    Number(w, "p_value", c.PValue);
                    Number(w, "p_adjusted", c.AdjustedPValue);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteString("correction", ProfileFormat.CorrectionName(profile.Correction));
            w.WriteNumber("resamples", profile.Resamples);
            w.WriteNumber("seed", profile.Seed);
            w.WriteString("signature", ProfileFormat.Signature(profile));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void Languages(Utf8JsonWriter w, string name, IReadOnlyList<LanguageProfile> languages)
    {
        w.WriteStartArray(name);
        foreach (var language in languages)
        {
            w.WriteStartObject();
            w.WriteString("language", language.Language);
            w.WriteNumber("rows", language.Rows);
            w.WriteStartObject("attributes");
            foreach (var s in language.Attributes)
            {
                w.WriteStartObject(s.Attribute);
                w.WriteNumber("n", s.Count);
                w.WriteNumber("unscored", s.Unscored);
                Number(w, "mean", s.Mean);
                Number(w, "ci_lower", s.Lower);
                Number(w, "ci_upper", s.Upper);
                w.WriteString("interval", ProfileFormat.IntervalName(s.Interval));
                w.WriteStartObject("quantiles");
                string[] names = ["min", "q25", "median", "q75", "max"];
                for (var i = 0; i < s.Quantiles.Count; i++)
                {
                    Number(w, names[i], s.Quantiles[i]);
                }
                w.WriteEndObject();
                w.WriteStartArray("unscored_reasons");
                foreach (var reason in s.UnscoredReasons)
                {
                    w.WriteStringValue(reason);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
