namespace LangGap.Synthesis.Attributes;

/// <summary>MTLD and the type-token ratio of a token sequence, under the definitions of <see cref="MtldDefinition"/>.</summary>
/// <remarks>
/// Computed from the tokens as given (tokenise with <see cref="AttributeTokenizer"/>). Each definition reproduces its
/// reference implementation's arithmetic (the same divisions in the same order), so values agree to the last bits with
/// LexicalRichness and lexical_diversity; the moving-average variants are computed incrementally (O(n²) rather than the
/// reference's O(n³)) with the same results.
/// </remarks>
public static class Mtld
{
    /// <summary>The threshold both reference implementations use by default.</summary>
    public const double DefaultThreshold = 0.72;

    /// <summary>The fewest tokens a lexical_diversity factor may have.</summary>
    public const int LexicalDiversityMinimumFactor = 10;

    /// <summary>MTLD of <paramref name="tokens"/>.</summary>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <param name="definition">Which definition to compute.</param>
    /// <param name="threshold">The TTR threshold (0 &lt; threshold &lt; 1); lexical_diversity fixes it at 0.72, and its definitions accept only that value.</param>
    /// <exception cref="ArgumentException">No tokens, or a threshold outside (0, 1), or another threshold for a lexical_diversity definition.</exception>
    public static double Compute(IReadOnlyList<string> tokens, MtldDefinition definition = MtldDefinition.LexicalRichness, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("MTLD needs at least one token.", nameof(tokens));
        }
        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The MTLD threshold must lie strictly between 0 and 1.");
        }
        if (definition != MtldDefinition.LexicalRichness && threshold != DefaultThreshold)
        {
            throw new ArgumentException($"lexical_diversity's MTLD definitions use the threshold {DefaultThreshold}; found {threshold}.", nameof(threshold));
        }
        var reversed = tokens.Reverse().ToArray();
        return definition switch
        {
            MtldDefinition.LexicalRichness => (LexicalRichnessPass(tokens, threshold) + LexicalRichnessPass(reversed, threshold)) / 2,
            MtldDefinition.LexicalDiversity => (LexicalDiversityPass(tokens) + LexicalDiversityPass(reversed)) / 2,
            MtldDefinition.MovingAverageBidirectional => (MovingAverage(tokens, wrap: false) + MovingAverage(reversed, wrap: false)) / 2,
            MtldDefinition.MovingAverageWrap => MovingAverage(tokens, wrap: true),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown MTLD definition."),
        };
    }

    /// <summary>The type-token ratio: distinct tokens / tokens (ordinal equality).</summary>
    /// <exception cref="ArgumentException">No tokens.</exception>
    public static double TypeTokenRatio(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("The type-token ratio needs at least one token.", nameof(tokens));
        }
        return (double)new HashSet<string>(tokens, StringComparer.Ordinal).Count / tokens.Count;
    }

    private static double LexicalRichnessPass(IReadOnlyList<string> tokens, double threshold)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        var factors = 0.0;
        var ttr = 1.0;
        foreach (var token in tokens)
        {
            count++;
            types.Add(token);
            ttr = (double)types.Count / count;
            if (ttr <= threshold)
            {
                count = 0;
                types.Clear();
                factors += 1;
            }
        }
        if (count > 0)
        {
            factors += (1 - ttr) / (1 - threshold);
        }
        if (factors == 0)
        {
            var whole = TypeTokenRatio(tokens);
            factors += whole == 1 ? 1 : (1 - whole) / (1 - threshold);
        }
        return tokens.Count / factors;
    }

    private static double LexicalDiversityPass(IReadOnlyList<string> tokens)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        var factors = 0.0;
        var covered = 0;
        for (var x = 0; x < tokens.Count; x++)
        {
            types.Add(tokens[x]);
            length++;
            var ttr = (double)types.Count / length;
            if (x + 1 == tokens.Count)
            {
                factors += (1 - ttr) / (1 - DefaultThreshold);
                covered += length;
            }
            else if (ttr < DefaultThreshold && length >= LexicalDiversityMinimumFactor)
            {
                factors += 1;
                covered += length;
                types.Clear();
                length = 0;
            }
        }
        return factors == 0 ? 0 : covered / factors;
    }

    private static double MovingAverage(IReadOnlyList<string> tokens, bool wrap)
    {
        var n = tokens.Count;
        var types = new HashSet<string>(StringComparer.Ordinal);
        var factors = 0;
        var covered = 0;
        for (var start = 0; start < n; start++)
        {
            types.Clear();
            var available = wrap ? 2 * n - start : n - start;
            for (var length = 1; length <= available; length++)
            {
                types.Add(tokens[(start + length - 1) % n]);
                if ((double)types.Count / length < DefaultThreshold && length >= LexicalDiversityMinimumFactor)
                {
                    factors++;
                    covered += length;
                    break;
                }
            }
        }
        return factors == 0 ? 0 : (double)covered / factors;
    }
}
