namespace LangGap.Models;

/// <summary>A server answered with a success status but a body that is not a valid completion response.</summary>
/// <remarks>Treated as transient: proxies and overloaded servers sometimes cut or garble a body.</remarks>
public sealed class ModelResponseException : Exception
{
    /// <summary>Creates the exception with a one-sentence description of what was wrong.</summary>
    public ModelResponseException(string message) : base(message) { }

    /// <summary>Creates the exception with a description and the parser error.</summary>
    public ModelResponseException(string message, Exception inner) : base(message, inner) { }
}
