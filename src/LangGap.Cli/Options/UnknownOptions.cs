using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace LangGap.Cli.Options;

/// <summary>Finds an option a command does not have, including one a multi-value option or an argument swallowed as a value.</summary>
/// <remarks>
/// System.CommandLine reads <c>--ref r.txt --ter-normalized</c> as two reference files when <c>--ref</c> takes several
/// values and <c>--ter-normalized</c> is not an option of the command, so the user would be told that the file
/// '--ter-normalized' does not exist. Any value shaped like an option (<c>--name</c>, or <c>-x</c> with up to three
/// letters) is therefore treated as an unknown option; '-' (standard input) and negative numbers are values.
/// </remarks>
internal static partial class UnknownOptions
{
    /// <summary>The first token that names an option <paramref name="parse"/>'s command does not have, or null.</summary>
    public static string? Find(ParseResult parse)
    {
        var unmatched = parse.UnmatchedTokens.FirstOrDefault(LooksLikeOption);
        if (unmatched is not null)
        {
            return unmatched;
        }
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command)
            {
                continue;
            }
            foreach (var child in command.Children)
            {
                var tokens = child switch
                {
                    OptionResult option => option.Tokens,
                    ArgumentResult argument => argument.Tokens,
                    _ => [],
                };
                var swallowed = tokens.FirstOrDefault(t => t.Type == TokenType.Argument && LooksLikeOption(t.Value));
                if (swallowed is not null)
                {
                    return swallowed.Value;
                }
            }
        }
        return null;
    }

    /// <summary>The usage message for <paramref name="token"/>: it names the option and where the valid ones are listed.</summary>
    public static string Message(ParseResult parse, string token)
    {
        var path = string.Join(' ', CommandPath(parse.CommandResult));
        return $"Unknown option '{token}' for '{path}'; '{path} --help' lists its options.";
    }

    private static IEnumerable<string> CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult c)
            {
                names.Push(c.Command.Name);
            }
        }
        return names;
    }

    private static bool LooksLikeOption(string token) => OptionShape().IsMatch(token);

    [GeneratedRegex("^(--[A-Za-z][A-Za-z0-9-]*(=.*)?|-[A-Za-z]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionShape();
}
