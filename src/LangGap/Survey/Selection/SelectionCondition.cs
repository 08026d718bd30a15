using System.Text.RegularExpressions;

namespace LangGap.Survey.Selection;

/// <summary>One line of a selection rule: any of <see cref="Terms"/> in <see cref="Field"/>.</summary>
/// <param name="Field">Where to look.</param>
/// <param name="Terms">The terms as written (see the rule file format on <see cref="SelectionRule"/>).</param>
public sealed record SelectionCondition(SearchField Field, IReadOnlyList<string> Terms)
{
    private Regex? _pattern;

    internal Regex Pattern => _pattern ??= TermPattern.Compile(Terms);
}
