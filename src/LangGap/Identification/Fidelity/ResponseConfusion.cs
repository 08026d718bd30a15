namespace LangGap.Identification.Fidelity;

/// <summary>The language-confusion check of one response.</summary>
/// <param name="Skipped">True when no line was long enough to check; the response then counts in no rate.</param>
/// <param name="Lines">Lines checked.</param>
/// <param name="WrongLines">Checked lines whose language is not the expected one (or is unknown).</param>
/// <param name="InsertedWords">English words found in a response that passed the line-level check (word-level confusion).</param>
public sealed record ResponseConfusion(bool Skipped, int Lines, int WrongLines, IReadOnlyList<string> InsertedWords)
{
    /// <summary>True when every checked line is in the expected language.</summary>
    public bool LinePass => !Skipped && WrongLines == 0;

    /// <summary>True when the response passed the line-level check and has no inserted English word.</summary>
    public bool WordPass => LinePass && InsertedWords.Count == 0;
}
