using System.Net;

namespace LangGap.Models;

/// <summary>An OpenAI-compatible server answered with an HTTP error status.</summary>
public sealed class ModelHttpException : Exception
{
    /// <summary>Creates the exception for <paramref name="statusCode"/>, with the server's requested wait if it sent one.</summary>
    public ModelHttpException(HttpStatusCode statusCode, TimeSpan? retryAfter, string message) : base(message)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The delay the server asked for in its <c>Retry-After</c> header, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether trying again may succeed: 408, 429 and every 5xx status.</summary>
    public bool IsTransient => StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)StatusCode >= 500;
}
