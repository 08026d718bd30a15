namespace LangGap.Models;

/// <summary>A model call that failed for good, after every attempt the retry policy allowed.</summary>
/// <remarks>The message is the reason recorded with the failed generation; it never contains an API key.</remarks>
public sealed class ModelCallException : Exception
{
    /// <summary>Creates the exception from the last failure and the number of attempts made.</summary>
    public ModelCallException(string message, int attempts, Exception inner) : base(message, inner) => Attempts = attempts;

    /// <summary>How many attempts were made, the first one included.</summary>
    public int Attempts { get; }
}
