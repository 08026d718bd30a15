namespace LangGap.Identification.Mixing;

/// <summary>Finds which languages a text mixes, where, and in what proportion.</summary>
/// <remarks>
/// Method: (1) split the text into words (whitespace, and script changes inside a token); (2) cut the words into
/// segments at script changes, newlines, clause-ending punctuation (<c>. ! ? ; : …</c> and their CJK forms) and
/// opening quotes or brackets; (3) identify each segment with the fastText model (top-1); (4) a segment that is
/// too short (<see cref="LanguageMixOptions.MinSegmentWords"/>) or uncertain
/// (<see cref="LanguageMixOptions.MinConfidence"/>) and shares its script with a neighbour takes the language of
/// the nearest confident same-script neighbour (the previous one first), because fastText is unreliable on one or
/// two words while a script change is strong evidence on its own; (5) adjacent segments in the same language
/// merge into spans, each identified again for its probability; (6) shares count words per language, and the
/// dominant language has the most words (ties: the earlier one).
/// A segment with no confident same-script neighbour takes the language of all the text's segments in its script,
/// identified together. For scripts written without spaces (Chinese, Japanese, Thai…) the length test counts
/// letters instead of words, but shares still count one word per run of such characters, so they under-weight
/// those languages.
/// </remarks>
public sealed class LanguageMixAnalyzer
{
    private readonly LanguageIdentifier _identifier;
    private readonly LanguageMixOptions _options;

    /// <summary>Creates an analyzer over <paramref name="identifier"/> (for example <see cref="LanguageIdentifier.Default"/>).</summary>
    public LanguageMixAnalyzer(LanguageIdentifier identifier, LanguageMixOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        _identifier = identifier;
        _options = options ?? new LanguageMixOptions();
        _options.Validate();
    }

    /// <summary>Analyses one text (which may span several lines).</summary>
    public LanguageMixAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = MixWord.Split(text);
        if (words.Count == 0)
        {
            return new LanguageMixAnalysis(null, [], [], 0);
        }
        var segments = Cut(text, words);
        ResolveUncertain(segments);
        var spans = Merge(text, words, segments);
        var shares = spans.GroupBy(s => s.Label, StringComparer.Ordinal)
            .Select(g => new LanguageShare(LanguageIdentifier.LanguageOf(g.Key), g.Key, g.Sum(s => s.WordCount), (double)g.Sum(s => s.WordCount) / words.Count))
            .OrderByDescending(s => s.Words)
            .ThenBy(s => spans.First(span => span.Label == s.Label).FirstWord)
            .ToArray();
        return new LanguageMixAnalysis(shares[0].Label, shares, spans, words.Count);
    }

    private List<Segment> Cut(string text, List<MixWord> words)
    {
        var segments = new List<Segment>();
        var first = 0;
        var script = words[0].Script;
        for (var i = 1; i <= words.Count; i++)
        {
            var split = i == words.Count || words[i].BreakBefore
                || (words[i].Script != ScriptClass.Neutral && script != ScriptClass.Neutral && words[i].Script != script);
            if (!split)
            {
                script = script == ScriptClass.Neutral ? words[i].Script : script;
                continue;
            }
            var start = words[first].Start;
            var end = words[i - 1].Start + words[i - 1].Length;
            var top = _identifier.Identify(text[start..end]);
            var size = script is ScriptClass.Cjk or ScriptClass.SoutheastAsian ? CountLetters(text.AsSpan(start, end - start)) : i - first;
            segments.Add(new Segment(first, i - first, size, script, text[start..end], top.Count > 0 ? top[0].Label : null, top.Count > 0 ? top[0].Probability : 0));
            if (i < words.Count)
            {
                first = i;
                script = words[i].Script;
            }
        }
        return segments;
    }

    private void ResolveUncertain(List<Segment> segments)
    {
        bool Confident(Segment s) => s.Label is not null && s.Probability >= _options.MinConfidence && s.Size >= _options.MinSegmentWords;
        var resolved = new string?[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            resolved[i] = segments[i].Label;
            if (Confident(segments[i]) || segments[i].Script == ScriptClass.Neutral && segments[i].Label is null)
            {
                continue;
            }
            var neighbour = Nearest(segments, i, s => Confident(s) && (s.Script == segments[i].Script || segments[i].Script == ScriptClass.Neutral));
            if (neighbour is not null)
            {
                resolved[i] = neighbour.Label;
            }
            else if (segments[i].Script != ScriptClass.Neutral)
            {
                // No confident neighbour in this script: identify all of the text's segments in this script together.
                var sameScript = string.Join(' ', segments.Where(s => s.Script == segments[i].Script).Select(s => s.Text));
                var top = _identifier.Identify(sameScript);
                resolved[i] = top.Count > 0 ? top[0].Label : resolved[i];
            }
        }
        for (var i = 0; i < segments.Count; i++)
        {
            segments[i].Label = resolved[i] ?? Nearest(segments, i, s => s.Label is not null)?.Label;
        }
    }

    private static Segment? Nearest(List<Segment> segments, int index, Func<Segment, bool> accept)
    {
        for (var distance = 1; distance < segments.Count; distance++)
        {
            if (index - distance >= 0 && accept(segments[index - distance]))
            {
                return segments[index - distance];
            }
            if (index + distance < segments.Count && accept(segments[index + distance]))
            {
                return segments[index + distance];
            }
        }
        return null;
    }

    private List<LanguageSpan> Merge(string text, List<MixWord> words, List<Segment> segments)
    {
        var spans = new List<LanguageSpan>();
        var i = 0;
        while (i < segments.Count)
        {
            var j = i + 1;
            while (j < segments.Count && segments[j].Label == segments[i].Label)
            {
                j++;
            }
            var firstWord = segments[i].First;
            var lastWord = segments[j - 1].First + segments[j - 1].Words - 1;
            var start = words[firstWord].Start;
            var end = words[lastWord].Start + words[lastWord].Length;
            var spanText = text[start..end];
            var label = segments[i].Label ?? "unknown";
            var probability = _identifier.Identify(spanText, _identifier.Labels.Count).FirstOrDefault(p => p.Label == label)?.Probability ?? 0.0;
            spans.Add(new LanguageSpan(LanguageIdentifier.LanguageOf(label), label, start, end - start, firstWord, lastWord - firstWord + 1, probability, spanText));
            i = j;
        }
        return spans;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            letters += System.Text.Rune.IsLetter(rune) ? 1 : 0;
        }
        return letters;
    }

    // Size is the word count, or the letter count for scripts written without spaces.
    private sealed class Segment(int first, int words, int size, ScriptClass script, string text, string? label, double probability)
    {
        public int First { get; } = first;
        public int Words { get; } = words;
        public int Size { get; } = size;
        public string Text { get; } = text;
        public ScriptClass Script { get; } = script;
        public string? Label { get; set; } = label;
        public double Probability { get; } = probability;
    }
}
