namespace LangGap;

/// <summary>
/// Input data that LangGap cannot use: a malformed line, a missing file, mismatched line counts.
/// </summary>
/// <remarks>
/// The message is one sentence a user can act on, naming the file and line where there is one.
/// The command line maps this exception to exit code 2 and prints only the message.
/// </remarks>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public InvalidInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public InvalidInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates an exception whose message starts with <c>file:line:</c>.</summary>
    public static InvalidInputException At(string file, long line, string message) =>
        new($"{file}:{line}: {message}");
}
