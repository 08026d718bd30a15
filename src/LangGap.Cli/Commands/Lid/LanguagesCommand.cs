using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Cli.Options;
using LangGap.Languages;

namespace LangGap.Cli.Commands.Lid;

/// <summary><c>langgap languages</c>: lists the language registry or one named set.</summary>
internal static class LanguagesCommand
{
    private static readonly string[] Header = ["code", "flores", "english", "native", "script", "class"];

    public static Command Create(CliConsole console)
    {
        var set = new Option<string?>("--set")
        {
            Description = $"List one named set: {string.Join(", ", LanguageSets.All.Select(s => s.Name))}.",
        };
        var format = CommonOptions.Format("text (aligned columns) or json.", "text", "json");

        var command = new Command("languages", "List the languages LangGap knows: codes, FLORES-200 code, names, script, resource class.");
        command.Options.Add(set);
        command.Options.Add(format);
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var json = parse.GetValue(format) == "json";
            var rows = Rows(parse.GetValue(set));
            var text = json ? RenderJson(rows) : RenderText(rows);
            await console.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<LanguageTag> Rows(string? setName)
    {
        if (setName is null)
        {
            return LanguageRegistry.All.Select(i => i.Tag).ToArray();
        }
        return LanguageSets.TryGet(setName, out var found)
            ? found.Languages
            : throw new UsageException(
                $"--set: '{setName}' is not a language set LangGap knows (known sets: {string.Join(", ", LanguageSets.All.Select(s => s.Name))}).");
    }

    private static string[] Cells(LanguageTag tag)
    {
        var info = tag.Info;
        var flores = tag.ToFlores();
        return
        [
            tag.ToBcp47(),
            LanguageRegistry.FloresCodes.Contains(flores) ? flores : "-",
            info.EnglishName,
            info.NativeName,
            tag.EffectiveScript,
            info.ResourceClass is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "-",
        ];
    }

    private static string RenderText(IReadOnlyList<LanguageTag> tags)
    {
        var rows = tags.Select(Cells).Prepend(Header).ToArray();
        var widths = Enumerable.Range(0, Header.Length).Select(i => rows.Max(r => DisplayWidth(r[i]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(row[i]);
                if (i < row.Length - 1)
                {
                    text.Append(' ', widths[i] - DisplayWidth(row[i]) + 2);
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string RenderJson(IReadOnlyList<LanguageTag> tags)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("languages");
            foreach (var tag in tags)
            {
                var cells = Cells(tag);
                var info = tag.Info;
                json.WriteStartObject();
                json.WriteString("code", cells[0]);
                json.WriteString("iso639_3", info.Iso639_3);
                json.WriteString("iso639_1", info.Iso639_1);
                json.WriteString("flores", cells[1] == "-" ? null : cells[1]);
                json.WriteString("english", info.EnglishName);
                json.WriteString("native", info.NativeName);
                json.WriteString("script", cells[4]);
                if (info.ResourceClass is { } c)
                {
                    json.WriteNumber("resourceClass", (int)c);
                }
                else
                {
                    json.WriteNull("resourceClass");
                }
                if (info.SpeakersMillions is { } speakers)
                {
                    json.WriteNumber("speakersMillions", speakers);
                }
                else
                {
                    json.WriteNull("speakersMillions");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Terminal columns a string takes: wide East Asian characters count two, combining marks none.</summary>
    private static int DisplayWidth(string s)
    {
        var width = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
