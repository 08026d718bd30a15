using System.Text.Json;
using LangGap.Evaluation.Datasets;
using LangGap.Languages;

namespace LangGap.Evaluation.Suites;

/// <summary>Reads a task's <c>dataset</c> object: format, location, field mapping, and — for suites that run on data the
/// user has — the parts that are present, with a <see cref="SuiteSkip"/> for each part that is not.</summary>
/// <remarks>
/// <para><c>{data}</c> in a path is the data folder given to the run (<c>langgap eval --data DIR</c>); the run's
/// description keeps the path as written, so its id does not depend on where the data lives.</para>
/// <para><c>{lang}</c> in a path (or in a Hub <c>config</c>) is replaced by each code of the dataset's <c>languages</c>: a
/// list of codes, or an object from the suite's code to the dataset's (<c>{"ja": "jp"}</c>). FLORES takes
/// <c>source_language</c> (default <c>eng_Latn</c>) and <c>target_languages</c>.</para>
/// <para>A task with <c>"optional": true</c> runs on the parts it finds: a missing file or FLORES language is skipped with
/// its reason, and the whole task when nothing is found; without it a missing file is an error. Suite languages that a
/// task's <c>languages</c> do not cover are listed as skipped too, so a run says which cells of the language × task grid
/// it lacks.</para>
/// </remarks>
internal static class SuiteDatasetReader
{
    public static (IDataset? Dataset, IReadOnlyList<SuiteSkip> Skips) Read(
        JsonElement ds, string path, string directory, string task, bool optional, SuiteReadContext context)
    {
        var skips = new List<SuiteSkip>();
        var formatText = SuiteJson.String(ds, "format") ?? "jsonl";
        var format = formatText.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) is var f
            && Enum.TryParse<DatasetFormat>(f, ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidInputException($"{path}: task '{task}' has dataset format '{formatText}'; expected one of {string.Join(", ", Enum.GetNames<DatasetFormat>().Select(n => n.ToLowerInvariant()))}.");
        var file = SuiteJson.String(ds, "path") ?? throw new InvalidInputException($"{path}: task '{task}' has a dataset without 'path'.");
        var hub = format == DatasetFormat.HuggingFace || file.StartsWith("hf:", StringComparison.Ordinal);
        string root = directory;
        if (file.Contains("{data}", StringComparison.Ordinal))
        {
            if (context.DataDirectory is null)
            {
                return Skip(path, task, optional, $"its data is read from {{data}} and no data folder was given (--data DIR)");
            }
            root = Path.GetFullPath(context.DataDirectory);
        }
        var template = new DatasetSpec
        {
            Format = format,
            Path = file,
            Source = file,
            Fields = ds.TryGetProperty("fields", out var fe) ? SuiteTaskReader.Fields(fe) : FieldMapping.Default,
            Language = SuiteJson.String(ds, "language"),
            HubConfig = SuiteJson.String(ds, "config") ?? "default",
            HubSplit = SuiteJson.String(ds, "split") ?? "test",
            SourceLanguage = SuiteJson.String(ds, "source_language") ?? "eng_Latn",
            TargetLanguages = SuiteJson.Strings(ds, "target_languages") ?? [],
            Connectors = ds.TryGetProperty("connectors", out var c) && SuiteJson.String(c, "cause") is { } cause && SuiteJson.String(c, "effect") is { } effect
                ? (cause, effect) : null,
        };
        string Resolve(string p) => hub ? p : Path.GetFullPath(Path.Combine(root, p.Replace("{data}/", "", StringComparison.Ordinal).Replace("{data}", "", StringComparison.Ordinal)));
        var languages = Languages(ds);
        var covered = new List<string>();
        var parts = new List<IDataset>();
        if (format == DatasetFormat.Flores)
        {
            var folder = Resolve(file);
            if (!Directory.Exists(folder) || LanguageFile(folder, template.SourceLanguage) is null)
            {
                return Skip(path, task, optional, $"FLORES folder '{file}' or its source language {template.SourceLanguage} was not found");
            }
            var found = new List<string>();
            foreach (var target in template.TargetLanguages)
            {
                covered.Add(PrimaryOf(target, context));
                if (LanguageFile(folder, target) is null)
                {
                    skips.Add(new SuiteSkip(task, PrimaryOf(target, context), $"no FLORES file for {target} in '{file}'"));
                    if (!optional) throw new InvalidInputException($"{path}: task '{task}' has no FLORES file for {target} in '{folder}'.");
                }
                else
                {
                    found.Add(target);
                }
            }
            if (found.Count > 0)
            {
                parts.Add(template with { Path = folder, TargetLanguages = found });
            }
        }
        else if (file.Contains("{lang}", StringComparison.Ordinal) || template.HubConfig.Contains("{lang}", StringComparison.Ordinal))
        {
            if (languages.Count == 0)
            {
                throw new InvalidInputException($"{path}: task '{task}' has '{{lang}}' in its dataset but no 'languages' to fill it with.");
            }
            foreach (var (suiteCode, code) in languages)
            {
                covered.Add(suiteCode);
                var source = file.Replace("{lang}", code, StringComparison.Ordinal);
                var resolved = Resolve(source);
                if (!hub && !File.Exists(resolved))
                {
                    skips.Add(new SuiteSkip(task, suiteCode, $"no file '{file}'"));
                    if (!optional) throw new InvalidInputException($"{path}: task '{task}' reads dataset '{source}', which does not exist ({resolved}).");
                    continue;
                }
                var spec = template with { Path = resolved, Source = source, Language = template.Language ?? code, HubConfig = template.HubConfig.Replace("{lang}", code, StringComparison.Ordinal) };
                parts.Add(Safety.RedTeamDataset.Wrap(spec, ds));
            }
        }
        else
        {
            var resolved = Resolve(file);
            if (!hub && !File.Exists(resolved) && !Directory.Exists(resolved))
            {
                if (!optional) throw new InvalidInputException($"{path}: task '{task}' reads dataset '{file}', which does not exist ({resolved}).");
                return Skip(path, task, optional, $"no file '{file}'");
            }
            covered.AddRange(languages.Select(l => l.Suite));
            parts.Add(Safety.RedTeamDataset.Wrap(template with { Path = hub ? file : resolved }, ds));
        }
        if (covered.Count > 0)
        {
            var source = format == DatasetFormat.Flores ? PrimaryOf(template.SourceLanguage, context) : null;
            skips.InsertRange(0, context.Languages.Where(l => !covered.Contains(l, StringComparer.OrdinalIgnoreCase))
                .Select(l => new SuiteSkip(task, l, string.Equals(l, source, StringComparison.OrdinalIgnoreCase)
                    ? "it is the source language of the translations" : "the dataset does not cover this language")));
        }
        if (parts.Count == 0)
        {
            skips.Add(new SuiteSkip(task, null, "none of its data files was found"));
            return (null, skips);
        }
        var dataset = parts.Count == 1 ? parts[0] : new CombinedDataset(parts);
        var tags = context.Languages.Select(l => LanguageTag.TryParse(l, out var t) ? t : null).OfType<LanguageTag>().ToList();
        return (tags.Count > 0 ? new SuiteLanguageDataset(dataset, tags) : dataset, skips);
    }

    private static (IDataset?, IReadOnlyList<SuiteSkip>) Skip(string path, string task, bool optional, string reason) =>
        optional ? (null, [new SuiteSkip(task, null, reason)]) : throw new InvalidInputException($"{path}: task '{task}' cannot run: {reason}.");

    private static List<(string Suite, string Code)> Languages(JsonElement ds)
    {
        if (!ds.TryGetProperty("languages", out var l))
        {
            return [];
        }
        return l.ValueKind switch
        {
            JsonValueKind.Array => [.. l.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => (x.GetString()!, x.GetString()!))],
            JsonValueKind.Object => [.. l.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => (p.Name, p.Value.GetString()!))],
            _ => [],
        };
    }

    private static string PrimaryOf(string code, SuiteReadContext context)
    {
        if (!LanguageTag.TryParse(code, out var tag))
        {
            return code;
        }
        var suite = context.Languages.Select(l => LanguageTag.TryParse(l, out var t) ? t : null).OfType<LanguageTag>().ToList();
        return new SuiteLanguageDataset(new InMemoryDataset("", []), suite).Match(tag)?.ToString() ?? tag.ToString();
    }

    private static string? LanguageFile(string folder, string code) =>
        File.Exists(Path.Combine(folder, code)) ? code : Directory.GetFiles(folder, code + ".*").FirstOrDefault();
}
