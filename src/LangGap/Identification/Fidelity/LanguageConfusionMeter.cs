using System.Text;
using LangGap.Identification.Mixing;
using LangGap.Languages;

namespace LangGap.Identification.Fidelity;

/// <summary>
/// The language-confusion measures of Marchisio et al. (2024), "Understanding and Mitigating Language Confusion in
/// LLMs" (Language Confusion Benchmark): line-level pass rate (LPR), word-level pass rate (WPR) and their
/// harmonic mean (LCPR).
/// </summary>
/// <remarks>
/// Follows the benchmark's <c>compute_metrics.py</c>: a response is cut at <c>"\nQ:"</c> and trimmed; ASCII
/// punctuation, <c>—</c> and <c>،</c> are removed; it is split into lines; lines with fewer than
/// <see cref="LanguageConfusionOptions.MinLineTokens"/> whitespace tokens are dropped, and a response with no line
/// left is skipped. Each remaining line is identified (top-1, "unknown" at probability ≤ 0.3); a response fails
/// the line level when any line is not in the expected language. A response that passes the line level fails the
/// word level when a token is an English word. Differences from the paper: the model is whatever identifier you
/// pass (the paper used lid.176.bin; <see cref="LanguageIdentifier.Default"/> is lid.176.ftz); Chinese and
/// Japanese lines are tokenized into single Han/Kana characters and whitespace-separated runs of other
/// characters instead of with jieba and MeCab, which gives more tokens per line; without a word list, any token of
/// more than three lowercase Latin letters counts as English (see <see cref="LanguageConfusionOptions.EnglishWords"/>).
/// </remarks>
public sealed class LanguageConfusionMeter
{
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private readonly LanguageIdentifier _identifier;
    private readonly LanguageConfusionOptions _options;
    private readonly HashSet<string>? _englishWords;

    /// <summary>Creates a meter over <paramref name="identifier"/> (for example <see cref="LanguageIdentifier.Default"/>).</summary>
    public LanguageConfusionMeter(LanguageIdentifier identifier, LanguageConfusionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        _identifier = identifier;
        _options = options ?? new LanguageConfusionOptions();
        _options.Validate();
        if (_options.EnglishWords is not null)
        {
            // The benchmark keeps only lowercase dictionary entries longer than three characters.
            _englishWords = _options.EnglishWords
                .Where(w => w.Length > 3 && w.Any(char.IsLetter) && w == w.ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Measures LPR, WPR and LCPR over responses that should all be in <paramref name="expected"/>.</summary>
    /// <param name="responses">Model responses.</param>
    /// <param name="expected">The expected language; a line passes when its language is <see cref="LanguageTag.Equivalent"/> to it.</param>
    public LanguageConfusionResult Measure(IEnumerable<string> responses, LanguageTag expected)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(expected);
        var checks = responses.Select(r => Check(r, expected)).ToArray();
        var checkedResponses = checks.Where(c => !c.Skipped).ToArray();
        var lineFailures = checkedResponses.Count(c => !c.LinePass);
        var wordFailures = checkedResponses.Count(c => c.LinePass && !c.WordPass);
        var lpr = 1.0 - (double)lineFailures / Math.Max(1, checkedResponses.Length);
        double? wpr = _options.WordLevelLanguages.Contains(expected.Language)
            ? 1.0 - (double)wordFailures / Math.Max(1, checkedResponses.Length - lineFailures)
            : null;
        var accuracy = checkedResponses.Length == 0 ? 1.0 : checkedResponses.Average(c => 1.0 - (double)c.WrongLines / c.Lines);
        return new LanguageConfusionResult(checks.Length, checkedResponses.Length, lpr, wpr, accuracy, checks);
    }

    /// <summary>Checks one response against <paramref name="expected"/>.</summary>
    public ResponseConfusion Check(string response, LanguageTag expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(expected);
        var cjk = expected.Language is "zh" or "ja";
        var lines = Normalize(response).Split('\n')
            .Select(line => (Line: line, Tokens: Tokenize(line, cjk)))
            .Where(l => l.Tokens.Count >= _options.MinLineTokens)
            .ToArray();
        if (lines.Length == 0)
        {
            return new ResponseConfusion(true, 0, 0, []);
        }
        var wrong = lines.Count(l => !IsLineIn(l.Line, expected));
        var inserted = wrong > 0
            ? []
            : lines.SelectMany(l => l.Tokens).Where(IsEnglishWord).Distinct(StringComparer.Ordinal).ToArray();
        return new ResponseConfusion(false, lines.Length, wrong, inserted);
    }

    // The benchmark's langid(): the top label, or "unknown" at probability 0.3 or less.
    private bool IsLineIn(string line, LanguageTag expected)
    {
        var top = _identifier.Identify(line);
        return top.Count > 0 && top[0].Probability > _options.MinConfidence
            && top[0].Language is { } language && LanguageTag.Equivalent(language, expected);
    }

    private bool IsEnglishWord(string token) => _englishWords is not null
        ? _englishWords.Contains(token)
        : token.Length > 3 && token.All(c => c is >= 'a' and <= 'z');

    private static string Normalize(string text)
    {
        var cut = text.IndexOf("\nQ:", StringComparison.Ordinal);
        var kept = (cut >= 0 ? text[..cut] : text).Trim();
        var builder = new StringBuilder(kept.Length);
        foreach (var c in kept)
        {
            if (c == '—')
            {
                builder.Append(' ');
            }
            else if (c != '،' && !AsciiPunctuation.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static List<string> Tokenize(string line, bool cjk)
    {
        var tokens = new List<string>();
        foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!cjk)
            {
                tokens.Add(token);
                continue;
            }
            var run = new StringBuilder();
            foreach (var rune in token.EnumerateRunes())
            {
                if (Scripts.Of(rune) == ScriptClass.Cjk)
                {
                    if (run.Length > 0)
                    {
                        tokens.Add(run.ToString());
                        run.Clear();
                    }
                    tokens.Add(rune.ToString());
                }
                else
                {
                    run.Append(rune.ToString());
                }
            }
            if (run.Length > 0)
            {
                tokens.Add(run.ToString());
            }
        }
        return tokens;
    }
}
